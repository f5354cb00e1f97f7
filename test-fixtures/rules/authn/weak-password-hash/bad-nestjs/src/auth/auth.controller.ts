import { Body, Controller, Post } from '@nestjs/common';
import { PasswordService } from './password.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly passwords: PasswordService) {}

  @Post('register')
  register(@Body() body: { password: string }) {
    return this.passwords.argonHash(body.password);
  }
}
