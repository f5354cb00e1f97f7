import bcrypt from 'bcryptjs';

export class BcryptChecker {
  async matches(plain: string, hash: string): Promise<boolean> {
    return bcrypt.compare(plain, hash);
  }
}
