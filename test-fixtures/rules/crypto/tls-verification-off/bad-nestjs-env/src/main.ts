import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // expect: crypto/tls-verification-off

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
bootstrap();
