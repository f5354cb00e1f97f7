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

export async function signIn(users: { findByName(n: string): Promise<{ password?: string } | null> }, username: string, password: string) {
  const userInfo = await users.findByName(username);
  if (userInfo?.password !== password) throw new UnauthorizedException(); // expect: authn/timing-unsafe-compare
  return userInfo;
}
