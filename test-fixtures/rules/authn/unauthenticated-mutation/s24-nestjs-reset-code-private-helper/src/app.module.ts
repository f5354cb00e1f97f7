import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccountController } from './auth/account.controller';
import { AccountService } from './auth/account.service';
import { CodeService } from './auth/code.service';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { JwtStrategy } from './auth/jwt.strategy';
import { Mailer } from './mail/mailer';

@Module({
  imports: [PassportModule, JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: '15m' } })],
  controllers: [AccountController],
  providers: [JwtStrategy, AccountService, CodeService, Mailer, { provide: APP_GUARD, useClass: JwtAuthGuard }],
})
export class AppModule {}
