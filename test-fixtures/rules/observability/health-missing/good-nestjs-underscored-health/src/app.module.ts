import { Controller, Get, Module } from '@nestjs/common';

@Controller()
export class AppController {
  // double underscore keeps the probe out of the resource namespace: GET /api/v1/__health
  @Get('__health')
  health() {
    return { ok: true, uptime: process.uptime() };
  }

  @Get('menu')
  menu() {
    return [];
  }
}

@Module({ controllers: [AppController] })
export class AppModule {}
