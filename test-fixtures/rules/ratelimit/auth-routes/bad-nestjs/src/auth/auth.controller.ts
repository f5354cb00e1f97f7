import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { LoginDto, RefreshDto } from './auth.dto';
import { AuthService } from './auth.service';

// Only ContactsController uses the ThrottlerGuard; nothing limits these two.
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login') // expect: ratelimit/auth-routes[warning]
  @HttpCode(200)
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto);
  }

  @Post('refresh') // expect: ratelimit/auth-routes[warning]
  @HttpCode(200)
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }
}
