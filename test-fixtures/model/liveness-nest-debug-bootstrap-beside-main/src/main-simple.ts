import { NestFactory } from '@nestjs/core';
import { SimpleModule } from './simple/simple.module';

// bare bootstrap used while debugging the module wiring
async function bootstrap() {
  const app = await NestFactory.create(SimpleModule);
  app.enableCors({ origin: '*' });
  await app.listen(3001);
}
bootstrap();
