import { NestFactory } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const settings = app.get(ConfigService);
  const listed = settings.get('CORS_ORIGINS')?.split(',') || [];
  const localDev = settings.get('NODE_ENV') !== 'production';
  app.enableCors({
    // every origin on a developer's machine; in production only the listed ones, or none
    origin: localDev ? true : (listed.length > 0 ? listed : false),
    credentials: true,
  });
  await app.listen(settings.get('PORT') ?? 3000);
}
bootstrap();
