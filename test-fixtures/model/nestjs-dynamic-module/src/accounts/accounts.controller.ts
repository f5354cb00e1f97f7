import { Body, Controller, Get, Post } from '@nestjs/common';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import { LoginDto } from './login.dto';

@Controller('accounts')
export class AccountsController {
  // five attempts a minute instead of the app-wide hundred
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  @Post('login')
  login(@Body() body: LoginDto) {
    return { email: body.email };
  }

  @SkipThrottle()
  @Get('ping')
  ping() {
    return 'ok';
  }
}
