import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { StrictValidationPipe } from './common/strict-validation.pipe';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new StrictValidationPipe(process.env.NODE_ENV !== 'production'));
  await app.listen(3000);
}
bootstrap();
