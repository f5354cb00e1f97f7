import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from './public.decorator';

const digest = (value: string) => createHash('sha256').update(value).digest();
const adminKey = digest(process.env.ADMIN_API_KEY ?? '');

// The admin UI exchanges its API key for a short-lived access token.
@Controller('auth')
export class AuthController {
  constructor(private readonly jwt: JwtService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body('apiKey') apiKey: string) {
    if (typeof apiKey !== 'string' || !timingSafeEqual(digest(apiKey), adminKey)) throw new UnauthorizedException();
    return { accessToken: await this.jwt.signAsync({ sub: 'admin' }) };
  }
}
