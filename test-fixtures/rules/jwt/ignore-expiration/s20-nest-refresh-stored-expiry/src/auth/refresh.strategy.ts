import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-jwt';
import { SessionsService } from './sessions.service';

// the token's own exp is not trusted alone: its stored record's expiry decides (checkRefresh)
@Injectable()
export class RefreshStrategy extends PassportStrategy(Strategy, 'refresh') {
  constructor(private readonly sessions: SessionsService, config: ConfigService) {
    super({
      jwtFromRequest: (req: { body?: { refreshToken?: string } }) => req.body?.refreshToken ?? null,
      ignoreExpiration: true,
      secretOrKey: config.getOrThrow<string>('REFRESH_SECRET'),
      passReqToCallback: true,
    });
  }

  async validate(req: { body?: { refreshToken?: string } }, payload: { sub: string }) {
    const sent = req.body?.refreshToken;
    if (!sent) {
      throw new UnauthorizedException('Refresh token required');
    }
    const checked = await this.sessions.checkRefresh(sent);
    return { userId: checked.userId, sub: payload.sub };
  }
}
