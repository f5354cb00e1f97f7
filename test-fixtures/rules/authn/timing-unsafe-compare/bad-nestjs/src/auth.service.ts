import { Injectable, UnauthorizedException } from '@nestjs/common';
import { UsersRepository } from './users.repository';

@Injectable()
export class AuthService {
  constructor(private readonly users: UsersRepository) {}

  async refresh(userId: string, refreshToken: string) {
    const user = await this.users.findById(userId);
    if (!user || user.refreshToken !== refreshToken) throw new UnauthorizedException(); // expect: authn/timing-unsafe-compare
    return user;
  }
}
