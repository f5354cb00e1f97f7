import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class LinkTokens {
  constructor(private readonly jwt: JwtService) {}

  // the project's own wrapper: the signature and the token's purpose are checked
  async verifyLinkJwt(token: string, purpose: string) {
    const claims = await this.jwt.verifyAsync(token);
    if (claims.purpose !== purpose) throw new Error('wrong token purpose');
    return claims;
  }
}
