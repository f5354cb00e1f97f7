import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { AllFilter } from './all.filter';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalFilters(new AllFilter());
  await app.listen(3000);
}
bootstrap();
