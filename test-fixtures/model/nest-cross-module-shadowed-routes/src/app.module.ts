import { Module } from '@nestjs/common';
import { MembersModule } from './members/members.module';
import { InvoicesModule } from './invoices/invoices.module';
import { HooksModule } from './hooks/hooks.module';

// Nest meets MembersModule first (and BillingModule through it), then InvoicesModule, then HooksModule: their
// controllers are registered in that order, and Express answers with the first route that matches
@Module({ imports: [MembersModule, InvoicesModule, HooksModule] })
export class AppModule {}
