import { Body, Controller, Post } from '@nestjs/common';

@Controller('debug')
export class PingController {
  @Post('echo')
  echo(@Body() body: any) {
    return body;
  }
}
