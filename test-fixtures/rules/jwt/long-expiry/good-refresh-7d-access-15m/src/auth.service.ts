import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService, private readonly config: ConfigService) {}

  async issue(userId: number) {
    const accessToken = await this.jwtService.signAsync({ sub: userId }, { secret: this.config.getOrThrow('JWT_SECRET'), expiresIn: '15m' });
    const refreshToken = await this.jwtService.signAsync(
      { sub: userId },
      { secret: this.config.getOrThrow('JWT_REFRESH_SECRET'), expiresIn: '7d' },
    );
    return { accessToken, refreshToken };
  }
}
