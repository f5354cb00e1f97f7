import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module';
import { StaffController } from './staff.controller';

@Module({ imports: [BillingModule], controllers: [StaffController] })
export class MembersModule {}
