import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ReportsService } from './reports.service';

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('signups')
  signups(@Query('since') since: string) {
    return this.reports.signupsSince(since);
  }

  @Post('tags')
  tag(@Body('account') account: string, @Body('tag') tag: string) {
    return this.reports.tagAccount(account, tag);
  }
}
