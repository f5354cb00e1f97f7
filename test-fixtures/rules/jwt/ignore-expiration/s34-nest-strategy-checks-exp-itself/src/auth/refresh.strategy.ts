import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

// the expiry is only looked at for a log line: an expired token still passes
@Injectable()
export class RefreshStrategy extends PassportStrategy(Strategy, 'refresh') {
  private readonly logger = new Logger(RefreshStrategy.name);

  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromBodyField('refreshToken'),
      ignoreExpiration: true, // expect: jwt/ignore-expiration
      secretOrKey: config.getOrThrow<string>('JWT_REFRESH_SECRET'),
    });
  }

  validate(payload: { sub: string; exp?: number }) {
    const now = Math.floor(Date.now() / 1000);
    if (payload.exp && now > payload.exp) {
      this.logger.warn(`refresh token of ${payload.sub} expired`);
    }
    return { userId: payload.sub };
  }
}
