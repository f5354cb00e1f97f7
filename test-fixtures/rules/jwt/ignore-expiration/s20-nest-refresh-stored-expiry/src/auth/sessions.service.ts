import { Injectable, UnauthorizedException } from '@nestjs/common';

type StoredRefresh = { token: string; userId: string; expiresAt: Date; revokedAt: Date | null };

@Injectable()
export class SessionsService {
  private readonly stored = new Map<string, StoredRefresh>();

  // the refresh token is valid while its stored record is: unknown, expired or revoked tokens are refused
  async checkRefresh(token: string): Promise<{ userId: string }> {
    const record = this.stored.get(token);
    if (!record) {
      throw new UnauthorizedException('Unknown refresh token');
    }
    if (record.expiresAt < new Date()) {
      this.stored.delete(token);
      throw new UnauthorizedException('Refresh token expired');
    }
    if (record.revokedAt) {
      throw new UnauthorizedException('Refresh token revoked');
    }
    return { userId: record.userId };
  }
}
