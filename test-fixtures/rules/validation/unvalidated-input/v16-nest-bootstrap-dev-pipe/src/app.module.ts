import { Module } from '@nestjs/common';
import { LedgerController } from './ledger/ledger.controller';
import { LedgerService } from './ledger/ledger.service';
import { ServerSetupService } from './setup/server-setup.service';

@Module({
  controllers: [LedgerController],
  providers: [LedgerService, ServerSetupService],
})
export class AppModule {}
