import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ReportsService } from './reports.service';

@Controller('clubs/:clubId/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('bookings')
  bookings(@Param('clubId') clubId: string, @Query('from') from: string, @Query('to') to: string) {
    return this.reports.bookings(clubId, from, to);
  }

  @Post('snapshots')
  snapshot(@Param('clubId') clubId: string, @Query('title') title: string) { // expect: validation/unvalidated-input[warning]
    return this.reports.snapshot(clubId, title);
  }
}
