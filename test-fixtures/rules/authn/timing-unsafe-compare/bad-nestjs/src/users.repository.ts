export class UsersRepository {
  async findById(id: string) {
    return { id, refreshToken: 'stored' as string | null };
  }
}
