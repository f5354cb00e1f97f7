import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  const creating = NestFactory.create(AppModule);
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('startup timed out')), 60_000));
  const app = (await Promise.race([creating, timeout])) as any;
  app.setGlobalPrefix('api');
  app.use(helmet());
  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();
