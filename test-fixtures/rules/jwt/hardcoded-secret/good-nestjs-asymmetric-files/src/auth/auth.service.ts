import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}

  login(userId: number) {
    return { access_token: this.jwtService.sign({ sub: userId }) };
  }
}
