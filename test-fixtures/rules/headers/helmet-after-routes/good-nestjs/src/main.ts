import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  app.enableCors({ origin: ['https://weather.example.com'] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  // Last of the set-up calls, yet still before every controller route: Nest registers them in listen().
  app.use(helmet());
  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();
