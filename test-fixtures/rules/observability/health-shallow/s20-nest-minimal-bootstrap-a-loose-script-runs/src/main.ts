import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { AllErrorsFilter } from './common/all-errors.filter';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalFilters(new AllErrorsFilter());
  app.enableShutdownHooks();
  await app.listen(3000);
}
bootstrap();
