import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AdminUsersController } from './admin-users.controller';
import { ArticlesController } from './articles.controller';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { HealthController } from './health.controller';

@Module({
  imports: [
    JwtModule.register({
      global: true,
      secret: process.env.JWT_SECRET, // expect: config/env-undocumented
      signOptions: { expiresIn: '15m' },
    }),
    // Configured here, but the ThrottlerGuard is only used on one route (no APP_GUARD).
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 3 }]),
  ],
  controllers: [HealthController, ArticlesController, AdminUsersController],
  providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }],
})
export class AppModule {}
