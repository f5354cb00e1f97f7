import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SignedInGuard } from './signed-in.guard';
import { RoleGuard } from './roles.guard';

// the global guards are registered here, in a feature module, not in the root module
@Module({
  providers: [
    { provide: APP_GUARD, useClass: SignedInGuard },
    { provide: APP_GUARD, useClass: RoleGuard },
  ],
})
export class AuthModule {}
