import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { strictPipe } from './strict.pipe';

async function start() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(strictPipe);
  await app.listen(Number(process.env.PORT ?? 8080));
}

start();
