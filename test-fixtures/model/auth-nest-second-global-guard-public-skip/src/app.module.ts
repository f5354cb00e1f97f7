import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtGuard } from './auth/jwt.guard';
import { TenantGuard } from './auth/tenant.guard';
import { ClinicsController } from './tenants/clinics.controller';

@Module({
  controllers: [ClinicsController],
  providers: [
    { provide: APP_GUARD, useClass: JwtGuard },
    { provide: APP_GUARD, useClass: TenantGuard },
  ],
})
export class AppModule {}
