import { Module } from '@nestjs/common';
import { ScansController } from './scans/scans.controller';
import { ReadScanUseCase } from './scans/read-scan.use-case';
import { ScanStore } from './scans/scan.store';

@Module({
  controllers: [ScansController],
  providers: [ReadScanUseCase, ScanStore],
})
export class AppModule {}
