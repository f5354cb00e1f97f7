import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}

  login(id: number) {
    return { access_token: this.jwt.sign({ sub: id }) };
  }
}
