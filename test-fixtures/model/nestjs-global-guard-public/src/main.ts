import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: headers/helmet-missing, api/compression-missing
  // /health stays at the root for the load balancer; everything else lives under /api.
  app.setGlobalPrefix('api', { exclude: ['health'] });
  await app.listen(3000);
}

bootstrap();
