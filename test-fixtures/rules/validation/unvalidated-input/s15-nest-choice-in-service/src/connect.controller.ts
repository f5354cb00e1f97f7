import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ConnectService } from './connect.service';

@Controller('connect')
export class ConnectController {
  constructor(private readonly connect: ConnectService) {}

  @Get(':provider/start')
  start(@Param('provider') provider: string, @Req() req: any) {
    return { url: this.connect.consentUrl(provider, req.user?.accountId) };
  }

  @Get(':provider/help')
  help(@Param('provider') provider: string) { // expect: validation/unvalidated-input
    return this.connect.helpPage(provider);
  }

  @Post('cards/:key/move')
  move(
    @Param('key') key: string, // expect: validation/unvalidated-input
    @Body() body: { state: string },
  ) {
    return this.connect.moveCard(key, body.state);
  }

  @Post('cards/:key/comment')
  comment(
    @Param('key') key: string, // expect: validation/unvalidated-input
    @Body() body: { text: string }, // expect: validation/unvalidated-input
  ) {
    return this.connect.comment(key, body.text);
  }
}
