import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

// passport-jwt is told to skip the expiry because validate() checks it itself, with its own answer
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: true,
      secretOrKey: config.getOrThrow<string>('JWT_SECRET'),
    });
  }

  validate(payload: { sub: string; exp?: number }) {
    const now = Math.floor(Date.now() / 1000);
    if (!payload.exp || now >= payload.exp) {
      throw new UnauthorizedException('Token expired');
    }
    return this.toUser(payload);
  }

  private toUser(payload: { sub: string }) {
    return { userId: payload.sub };
  }
}
