import { Controller, Post, Req, UseGuards } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { BearerGuard, PasswordLoginGuard } from './guards';

const revoked = new Set<string>();

@Controller('auth')
export class AuthController {
  constructor(private readonly jwt: JwtService) {}

  @Post('login')
  @UseGuards(PasswordLoginGuard)
  login(@Req() req: { user: { id: string } }) {
    return { accessToken: this.jwt.sign({ sub: req.user.id }) }; // expect: jwt/no-expiry
  }

  @Post('logout')
  @UseGuards(BearerGuard)
  logout(@Req() req: { user: { id: string } }) {
    revoked.add(req.user.id);
    return { ok: true };
  }
}
