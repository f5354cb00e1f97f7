import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { strictPipe } from './shared';

async function start() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(strictPipe);
  await app.listen(3000);
}

start();
