import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Public } from './public.decorator';

@Controller('auth')
export class AuthController {
  constructor(private readonly jwt: JwtService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body('name') name: string, @Body('password') password: string) { // expect: validation/unvalidated-input
    if (password !== process.env.DEMO_PASSWORD) throw new UnauthorizedException(); // expect: authn/timing-unsafe-compare, config/env-undocumented
    return { accessToken: await this.jwt.signAsync({ sub: name, role: 'viewer' }) };
  }
}
