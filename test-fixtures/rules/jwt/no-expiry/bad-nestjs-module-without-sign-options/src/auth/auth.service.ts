import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AuthService {
  constructor(private jwtService: JwtService) {}

  async login(user: { id: number; email: string }) {
    return { access_token: await this.jwtService.signAsync({ sub: user.id, email: user.email }) }; // expect: jwt/no-expiry
  }
}
