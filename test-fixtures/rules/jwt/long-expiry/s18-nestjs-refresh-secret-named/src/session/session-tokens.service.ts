import { Injectable, InternalServerErrorException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class SessionTokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
  ) {}

  private loadRenewalKey(): string {
    const value = this.config.get<string>('SESSION_RENEWAL_KEY');
    if (!value) throw new InternalServerErrorException('renewal key missing');
    return value;
  }

  private loadSigningKey(): string {
    const value = this.config.get<string>('SESSION_SIGNING_KEY');
    if (!value) throw new InternalServerErrorException('signing key missing');
    return value;
  }

  async issuePair(memberId: string) {
    const signingKey = this.loadSigningKey();
    const refreshSecret = this.loadRenewalKey();
    const [shortLived, longLived] = await Promise.all([
      this.jwt.signAsync(
        { sub: memberId },
        {
          secret: signingKey,
          expiresIn: '12h', // expect: jwt/long-expiry
        },
      ),
      this.jwt.signAsync(
        { sub: memberId },
        {
          secret: refreshSecret,
          expiresIn: '14d',
        },
      ),
    ]);
    return { shortLived, longLived };
  }
}
