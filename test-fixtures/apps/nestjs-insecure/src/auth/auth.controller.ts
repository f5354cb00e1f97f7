import { Body, Controller, HttpCode, HttpStatus, Post, Version } from '@nestjs/common';
import { LoginDto, RegisterDto } from './auth.dto';
import { AuthService } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  @Version('1')
  @Post('register')
  register(@Body() dto: RegisterDto) { // expect: validation/unvalidated-input
    return this.authService.register(dto);
  }

  @Version('1')
  @Post('login')
  @HttpCode(HttpStatus.OK)
  login(@Body() dto: LoginDto) { // expect: validation/unvalidated-input
    return this.authService.login(dto);
  }
}
