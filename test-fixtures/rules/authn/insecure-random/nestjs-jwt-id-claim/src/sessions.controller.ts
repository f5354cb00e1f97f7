import { Body, Controller, Post } from '@nestjs/common';
import { TokenService } from './token.service';

@Controller('sessions')
export class SessionsController {
  constructor(private readonly tokens: TokenService) {}

  @Post('refresh')
  refresh(@Body('userId') userId: string) {
    return { refreshToken: this.tokens.issueRefreshToken(userId), deviceToken: this.tokens.issueDeviceToken() };
  }
}
