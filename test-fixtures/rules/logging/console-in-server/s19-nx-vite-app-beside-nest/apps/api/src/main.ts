import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller('bookings')
export class BookingsController {
  @Get()
  list() {
    console.log('listing bookings'); // expect: logging/console-in-server
    return [];
  }
}

@Module({ controllers: [BookingsController] })
export class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3001);
}
bootstrap();
