import { Module } from '@nestjs/common';
import { PaymentController } from './payment.controller';
import { PaymentsController } from './controllers/payments.controller';

@Module({ controllers: [PaymentController, PaymentsController] })
export class WalletModule {}
