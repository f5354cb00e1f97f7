import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: headers/helmet-missing[warning]
  app.setGlobalPrefix('api');
  app.enableCors({ origin: ['https://weather.example.com'] });
  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();
