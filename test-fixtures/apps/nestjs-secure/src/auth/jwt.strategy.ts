import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Role } from '../users/user.entity';

export interface JwtUser {
  id: string;
  email: string;
  role: Role;
}

export type AuthRequest = Request & { user: JwtUser };

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: config.getOrThrow<string>('JWT_SECRET'),
      algorithms: ['HS256'],
    });
  }

  validate(payload: { sub: string; email: string; role: Role }): JwtUser {
    return { id: payload.sub, email: payload.email, role: payload.role };
  }
}
