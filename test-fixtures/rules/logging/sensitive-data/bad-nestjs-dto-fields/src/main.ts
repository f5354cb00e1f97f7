import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ShelfController } from './shelf.controller';

@Module({ controllers: [ShelfController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
bootstrap();
