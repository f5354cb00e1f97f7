import { NestFactory } from '@nestjs/core';
import { MinimalModule } from './app.minimal.module';

async function bootstrap() {
  const app = await NestFactory.create(MinimalModule);
  app.setGlobalPrefix('api/v1');
  await app.listen(process.env.PORT || 3001);
}
bootstrap();
