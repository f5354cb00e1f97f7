import { Module } from '@nestjs/common';
import { PayController } from './pay/pay.controller';
import { PayService } from './pay/pay.service';
import { TransferService } from './pay/transfer.service';

@Module({
  controllers: [PayController],
  providers: [PayService, TransferService],
})
export class AppModule {}
