import { Module } from '@nestjs/common';
import { ReportsModule } from './reports/reports.module';
// import { ExportsModule } from './exports/exports.module'; // parked until the storage service is ready

@Module({ imports: [ReportsModule /* , ExportsModule */] })
export class AppModule {}
