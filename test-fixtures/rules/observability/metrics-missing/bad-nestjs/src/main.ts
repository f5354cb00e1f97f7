import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller('orders')
class OrdersController {
  @Get()
  list() {
    return [];
  }
}

@Module({ controllers: [OrdersController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: observability/metrics-missing
  await app.listen(3000);
}
bootstrap();
