import { Injectable } from '@nestjs/common';
import { createHash, randomInt } from 'node:crypto';
import { Mailer } from '../mail/mailer';

type Pending = { userId: string; purpose: string; digest: string; expires: number; used: boolean };
const pending: Pending[] = [];

// Six-digit codes: only their digest is kept, the code itself goes to the account's mailbox.
@Injectable()
export class CodeService {
  constructor(private readonly mailer: Mailer) {}

  async issueReset(userId: string, email: string) {
    this._expireOld(userId, 'reset');
    const made = this._createCode(userId, 'reset');
    await this.mailer.sendResetCode(email, { code: made.code, minutes: 10 });
  }

  issueWelcome(userId: string) {
    this._expireOld(userId, 'welcome');
    return this._createCode(userId, 'welcome');
  }

  async mailWelcome(email: string, code: string) {
    await this.mailer.sendWelcomeCode(email, code);
  }

  private _expireOld(userId: string, purpose: string) {
    for (const p of pending) if (p.userId === userId && p.purpose === purpose) p.used = true;
  }

  private _createCode(userId: string, purpose: string) {
    const code = this._digits();
    pending.push({ userId, purpose, digest: createHash('sha256').update(code).digest('hex'), expires: Date.now() + 600_000, used: false });
    return { code };
  }

  private _digits() {
    return randomInt(100000, 1000000).toString();
  }
}
