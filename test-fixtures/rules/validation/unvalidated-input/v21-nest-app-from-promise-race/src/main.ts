import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  // give up when the database does not answer in time
  const creating = NestFactory.create(AppModule);
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('startup timed out')), 60_000));
  const app = (await Promise.race([creating, timeout])) as any;
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();
