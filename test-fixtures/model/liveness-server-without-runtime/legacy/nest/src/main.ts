// An older Nest tree kept beside the Express server: nothing installs @nestjs/core, so it cannot start.
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(4000);
}
bootstrap();
