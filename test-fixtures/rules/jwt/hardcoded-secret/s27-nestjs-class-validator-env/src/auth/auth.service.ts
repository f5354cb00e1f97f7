import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService, private readonly config: ConfigService) {}

  issue(userId: string) {
    const access = this.jwt.sign({ sub: userId });
    // the class lets JWT_REFRESH_SECRET be missing (@IsOptional): then this literal signs refresh tokens
    const refresh = this.jwt.sign({ sub: userId }, { secret: this.config.get<string>('JWT_REFRESH_SECRET') || 'refresh-dev-secret', expiresIn: '7d' }); // expect: jwt/hardcoded-secret
    return { access, refresh };
  }
}
