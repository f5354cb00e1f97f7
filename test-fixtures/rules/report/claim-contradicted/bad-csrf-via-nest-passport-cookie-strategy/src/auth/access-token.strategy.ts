import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

@Injectable()
export class AccessTokenStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      // the browser attaches this cookie to a cross-site form post by itself
      jwtFromRequest: ExtractJwt.fromExtractors([(req: any) => req?.cookies?.access_token ?? null]),
      ignoreExpiration: false,
      secretOrKey: process.env.ACCESS_TOKEN_SECRET,
    });
  }

  validate(payload: { sub: string }) {
    return { sub: payload.sub };
  }
}
