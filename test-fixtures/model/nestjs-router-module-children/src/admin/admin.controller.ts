import { Controller, Get } from '@nestjs/common';

@Controller()
export class AdminController {
  @Get('ping')
  ping() {
    return 'pong';
  }
}
