import { Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class AuthService {
  async byPassword(user: string, secret: string) {
    if (!user || !secret) throw new UnauthorizedException();
    return { access_token: 'issued-elsewhere' };
  }

  async byClient(user: string, secret: string) {
    if (!user || !secret) throw new UnauthorizedException();
    return { access_token: 'issued-elsewhere' };
  }
}
