import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';

@Injectable()
export class OAuthService {
  callbackUrl(redirectUri: string, state: string): string {
    const code = randomBytes(16).toString('hex');
    return `${redirectUri}?code=${code}&state=${encodeURIComponent(state)}`;
  }
}
