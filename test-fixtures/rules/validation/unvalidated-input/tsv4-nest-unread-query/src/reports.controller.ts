import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ReportsService } from './reports.service';

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  // 'owner' is bound but the handler never reads it
  @Get('summary')
  summary(@Query('owner') owner: string, @Query('period') period: string) {
    if (period !== 'week' && period !== 'month') throw new ForbiddenException();
    return this.reports.summary(period === 'week' ? 7 : 30);
  }

  @Get('search')
  search(@Query('owner') owner: string, @Query('text') text: string) { // expect: validation/unvalidated-input
    return this.reports.search(owner, text);
  }
}
