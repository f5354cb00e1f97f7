import { Module } from '@nestjs/common';
import { PaymentHooksController } from './payment-hooks.controller';

@Module({ controllers: [PaymentHooksController] })
export class BillingModule {}
