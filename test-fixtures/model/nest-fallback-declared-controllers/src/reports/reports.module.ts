import { Module } from '@nestjs/common';
// used by the nightly job; the package is installed by the deploy image, not listed in package.json
import { ScheduleModule } from '@nestjs/schedule';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [ScheduleModule.forRoot()],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
