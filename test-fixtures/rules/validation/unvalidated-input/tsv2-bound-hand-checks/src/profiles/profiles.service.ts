import { Injectable } from '@nestjs/common';

@Injectable()
export class ProfilesService {
  private readonly inviteCode = process.env.INVITE_CODE;
  private readonly rows: Record<string, string>[] = [];

  // the code is only compared with the configured one: it goes nowhere
  inviteAccepted(code: string): boolean {
    return typeof code === 'string' && code.trim().length > 0 && code === this.inviteCode;
  }

  async saveHeadline(userId: string, headline: string) {
    this.rows.push({ userId, headline });
  }

  async saveTagline(userId: string, tagline: string) {
    this.rows.push({ userId, tagline });
  }
}
