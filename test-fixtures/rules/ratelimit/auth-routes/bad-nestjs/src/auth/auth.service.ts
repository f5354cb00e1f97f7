import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { LoginDto } from './auth.dto';

const accounts = new Map<string, { id: string; passwordHash: string }>();

@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}

  async login(dto: LoginDto) {
    const account = accounts.get(dto.email.toLowerCase());
    if (!account || !(await bcrypt.compare(dto.password, account.passwordHash))) throw new UnauthorizedException();
    return { accessToken: await this.jwt.signAsync({ sub: account.id }, { expiresIn: '15m' }) };
  }

  async refresh(refreshToken: string) {
    const payload = await this.jwt.verifyAsync<{ sub: string }>(refreshToken);
    return { accessToken: await this.jwt.signAsync({ sub: payload.sub }, { expiresIn: '15m' }) };
  }
}
