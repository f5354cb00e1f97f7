import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

// Headers only while developing locally: production answers without them.
async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: headers/helmet-missing[warning]
  if (process.env.NODE_ENV === 'development') {
    app.use(helmet({ contentSecurityPolicy: false }));
  }
  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();
