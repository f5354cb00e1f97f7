import { Controller, Get, Header, Query } from '@nestjs/common';

@Controller('greet')
export class GreetController {
  // an object is sent as JSON
  @Get()
  greet(@Query('name') name: string) {
    return { greeting: `Hello ${name}` };
  }

  @Get('plain')
  @Header('Content-Type', 'text/plain')
  plain(@Query('name') name: string) {
    return `Hello ${name}`;
  }
}
