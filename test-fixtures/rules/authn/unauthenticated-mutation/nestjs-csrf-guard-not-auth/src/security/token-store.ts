import { Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'crypto';

@Injectable()
export class TokenStore {
  private readonly tokens = new Map<string, string>();

  async matches(sid: string, sent: string): Promise<boolean> {
    const kept = this.tokens.get(sid);
    if (!kept || kept.length !== sent.length) return false;
    return timingSafeEqual(Buffer.from(kept), Buffer.from(sent));
  }
}
