import { Module } from '@nestjs/common';
import { AccountController } from './account/account.controller';
import { AccountService } from './account/account.service';
import { SecretPolicy } from './account/secret-policy';
import { PrismaService } from './prisma.service';

@Module({
  controllers: [AccountController],
  providers: [AccountService, SecretPolicy, PrismaService],
})
export class AppModule {}
