import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { ThrottleInterceptor } from './throttle.interceptor';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalInterceptors(new ThrottleInterceptor());
  await app.listen(3000);
}
bootstrap();
