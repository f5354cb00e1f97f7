import { Injectable } from '@nestjs/common';
import { CodeService } from './code.service';

const users = [{ id: 'u1', email: 'a@example.com', verified: false, nickname: '' }];

@Injectable()
export class AccountService {
  constructor(private readonly codes: CodeService) {}

  async forgotPassword(email: string) {
    const user = users.find((u) => u.email === email);
    if (user) await this.codes.issueReset(user.id, email);
    return { message: 'If the address is registered, a code is on its way.' };
  }

  async resendWelcome(email: string) {
    const user = users.find((u) => u.email === email && !u.verified);
    if (!user) return { message: 'sent' };
    const made = this.codes.issueWelcome(user.id);
    await this.codes.mailWelcome(email, made.code);
    return { message: 'sent' };
  }

  rename(email: string, nickname: string) {
    const user = users.find((u) => u.email === email);
    if (user) user.nickname = nickname;
    return { ok: !!user };
  }
}
