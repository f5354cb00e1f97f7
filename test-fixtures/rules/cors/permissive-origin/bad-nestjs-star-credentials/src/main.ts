import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  app.enableCors({ origin: '*', credentials: true, methods: 'GET,POST,PATCH,DELETE' }); // expect: cors/permissive-origin[warning]
  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();
