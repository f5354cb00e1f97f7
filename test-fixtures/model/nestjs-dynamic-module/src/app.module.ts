import { Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({ imports: [AccountsModule.forRoot({ limit: 100 }), WebhooksModule.register('stripe')] })
export class AppModule {}
