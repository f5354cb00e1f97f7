import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: api/compression-missing
  app.use(helmet());
  app.enableCors({ origin: ['https://backoffice.example.net'] });
  await app.listen(4000);
}

bootstrap();
