import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WebhookController } from './webhook.controller';

@Module({ controllers: [WebhookController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3001);
}
bootstrap();
