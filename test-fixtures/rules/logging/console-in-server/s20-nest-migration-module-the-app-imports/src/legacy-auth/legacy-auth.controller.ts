import { Body, Controller, Post } from '@nestjs/common';
import { LegacyAuthService } from './legacy-auth.service';

@Controller('legacy/auth')
export class LegacyAuthController {
  constructor(private readonly auth: LegacyAuthService) {}

  @Post('register')
  register(@Body('email') email: string) {
    return this.auth.register(email);
  }
}
