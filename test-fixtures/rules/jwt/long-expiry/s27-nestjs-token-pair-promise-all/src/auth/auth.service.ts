import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}

  // both tokens signed side by side: the second element is the refresh token, so its week is a refresh lifetime
  async issuePair(userId: string, email: string) {
    const [accessToken, refreshToken] = await Promise.all([
      this.jwtService.signAsync(
        { sub: userId, email },
        { expiresIn: '15m' },
      ),
      this.jwtService.signAsync(
        { sub: userId, email },
        { expiresIn: '7d' },
      ),
    ]);
    return { accessToken, refreshToken };
  }

  // the same shape with the lifetimes the other way round: the access token lives a week
  async issueLoosePair(userId: string) {
    const [accessToken, refreshToken] = await Promise.all([
      this.jwtService.signAsync({ sub: userId }, { expiresIn: '7d' }), // expect: jwt/long-expiry
      this.jwtService.signAsync({ sub: userId }, { expiresIn: '30d' }),
    ]);
    return { accessToken, refreshToken };
  }
}
