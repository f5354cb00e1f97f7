import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { PrismaClient } from '@prisma/client';
import { OtpController } from './otp.controller';
import { OtpService } from './otp.service';

@Module({ imports: [ConfigModule.forRoot()], controllers: [OtpController], providers: [OtpService, PrismaClient] })
export class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
if (require.main === module) bootstrap();
