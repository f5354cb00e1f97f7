import { Injectable } from '@nestjs/common';

@Injectable()
export class AccountStore {
  private readonly resetTokens = new Map<string, string>();
  private readonly passwords = new Map<string, string>();

  userForResetToken(token: string) {
    return this.resetTokens.get(`reset:${token}`) ?? null;
  }

  setPassword(userId: string, hash: string) {
    this.passwords.set(userId, hash);
  }

  rename(userId: string, name: string) {
    this.passwords.set(`${userId}:name`, name);
  }
}
