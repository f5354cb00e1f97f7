import { Controller, Get, Module } from '@nestjs/common';

@Controller()
export class AppController {
  // GET /api/v1: the root under the global prefix answers while the process serves
  @Get()
  health() {
    return { status: 'ok' };
  }
}

@Controller('tickets')
export class TicketsController {
  @Get()
  list() {
    return [];
  }
}

@Module({ controllers: [AppController, TicketsController] })
export class AppModule {}
