import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function start() {
  const app = await NestFactory.create(AppModule);
  // no whitelist: a class without decorators is checked for nothing and every property it is sent stays
  app.useGlobalPipes(new ValidationPipe({ transform: true }));
  await app.listen(8081);
}

start();
