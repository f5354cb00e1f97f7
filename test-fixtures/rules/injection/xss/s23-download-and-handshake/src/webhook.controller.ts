import { Controller, Get, Query, UnauthorizedException } from '@nestjs/common';

@Controller('webhook')
export class WebhookController {
  // the subscription handshake: the challenge is echoed only to a caller that knows the verify token
  @Get('chat')
  verify(
    @Query('hub.mode') mode: string,
    @Query('hub.challenge') challenge: string,
    @Query('hub.verify_token') token: string,
  ) {
    const expected = process.env.CHAT_VERIFY_TOKEN;
    if (mode === 'subscribe' && token === expected) {
      return challenge;
    }
    throw new UnauthorizedException();
  }

  // echoed to anyone
  @Get('echo')
  echo(@Query('hub.challenge') challenge: string) { // expect: injection/xss
    return challenge;
  }
}
