import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccountsController } from './accounts.controller';

// everything is declared by forRoot: the decorator itself is empty
@Module({})
export class AccountsModule {
  static forRoot(options: { limit: number }): DynamicModule {
    return {
      module: AccountsModule,
      imports: [ThrottlerModule.forRoot([{ ttl: 60_000, limit: options.limit }])],
      controllers: [AccountsController],
      providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
    };
  }
}
