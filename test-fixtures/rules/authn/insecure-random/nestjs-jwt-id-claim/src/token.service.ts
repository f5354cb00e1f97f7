import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  // Every issued token gets its own id so two logins in the same millisecond never share a row in the denylist.
  issueRefreshToken(userId: string) {
    const jti = `${Date.now()}-${Math.random().toString(36).slice(2, 12)}`;
    return this.jwt.sign({ sub: userId, jti }, { secret: process.env.JWT_REFRESH_SECRET, expiresIn: '7d' });
  }

  // An opaque token handed to the client as it is: guessing it is the attack.
  issueDeviceToken() {
    const deviceToken = Math.random().toString(36).slice(2); // expect: authn/insecure-random
    return deviceToken;
  }
}
