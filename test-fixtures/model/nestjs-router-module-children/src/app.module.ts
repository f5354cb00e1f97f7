import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD, RouterModule } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AdminModule } from './admin/admin.module';
import { AuditModule } from './audit/audit.module';
import { StaffModule } from './staff/staff.module';
import { backOfficeRoutes } from './routes';
import { StaffAuthMiddleware } from './staff-auth.middleware';

@Module({
  imports: [
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 60 }]),
    AdminModule,
    AuditModule,
    StaffModule,
    RouterModule.register(backOfficeRoutes),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    // Nest 11 wildcard syntax: every back-office path except the ping
    consumer.apply(StaffAuthMiddleware).exclude('backoffice/ping').forRoutes('backoffice/*path');
  }
}
