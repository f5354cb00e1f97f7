import { Body, Controller, Post, Res } from '@nestjs/common';
import { Response } from 'express';
import { AuthService } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  async login(@Body() dto: { email: string; password: string }, @Res({ passthrough: true }) res: Response) {
    const { accessToken } = await this.auth.login(dto.email, dto.password);
    res.cookie('access_token', accessToken, { httpOnly: false, sameSite: 'lax' }); // expect: session/cookie-flags
    return { ok: true };
  }
}
