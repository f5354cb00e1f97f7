import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { SessionGuard } from './auth/session.guard';
import { BillingController } from './billing.controller';
import { StatusController } from './status.controller';

@Module({
  imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m' } })], // expect: config/env-undocumented
  controllers: [BillingController, StatusController],
  providers: [{ provide: APP_GUARD, useClass: SessionGuard }],
})
export class AppModule {}
