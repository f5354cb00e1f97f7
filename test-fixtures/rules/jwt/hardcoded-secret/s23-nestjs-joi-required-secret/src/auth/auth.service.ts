import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService, private readonly config: ConfigService) {}

  issue(userId: string) {
    const access = this.jwt.sign({ sub: userId });
    const refresh = this.jwt.sign({ sub: userId }, { secret: this.config.get<string>('jwt.refreshSecret'), expiresIn: '7d' });
    return { access, refresh };
  }
}
