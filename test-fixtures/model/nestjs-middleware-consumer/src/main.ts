import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: ratelimit/missing, headers/helmet-missing, api/compression-missing
  app.setGlobalPrefix('api');
  await app.listen(3000);
}

bootstrap();
