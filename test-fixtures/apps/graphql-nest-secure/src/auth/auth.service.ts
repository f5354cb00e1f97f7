import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';

@Injectable()
export class AuthService {
  private readonly users = new Map<string, { id: string; passwordHash: string }>();

  constructor(private readonly jwt: JwtService) {}

  async login(email: string, password: string) {
    const user = this.users.get(email);
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedException();
    return this.jwt.sign({ sub: user.id });
  }
}
