import { Module } from '@nestjs/common';
import { CurrentReportsController, LegacyReportsController } from './reports.controllers';

@Module({ controllers: [CurrentReportsController] })
export class CurrentReportsModule {}

@Module({ controllers: [LegacyReportsController] })
export class LegacyReportsModule {}
