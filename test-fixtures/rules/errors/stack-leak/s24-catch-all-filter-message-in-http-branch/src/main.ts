import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AllExceptionsFilter, LooseExceptionsFilter } from './all-exceptions.filter';
import { SitesController } from './sites.controller';

@Module({ controllers: [SitesController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalFilters(process.env.STRICT ? new AllExceptionsFilter() : new LooseExceptionsFilter());
  await app.listen(3000);
}
bootstrap();
