import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PrismaService } from './prisma.service';
import { VisitsController } from './visits.controller';

@Module({ controllers: [VisitsController], providers: [PrismaService] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.enableShutdownHooks();
  await app.listen(3000);
}
bootstrap();
