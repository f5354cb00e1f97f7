import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller('stock')
class StockController {
  @Get()
  list() {
    return [{ sku: 'a-1', qty: 4 }];
  }
}

@Module({ controllers: [StockController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  await app.listen(4000);
}
bootstrap();
