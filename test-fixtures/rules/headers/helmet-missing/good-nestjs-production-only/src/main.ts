import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

// The local proxy sets its own headers; production gets helmet.
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const isProduction = process.env.NODE_ENV === 'production';
  if (isProduction) {
    app.use(helmet());
  }
  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();
