import { Controller, Get, Param, Query } from '@nestjs/common';
import { StatsService } from './stats.service';

@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get(':userId')
  overview(@Param('userId') userId: string) {
    return this.stats.overview(userId);
  }

  @Get()
  search(@Query() filters: Record<string, string>) {
    return this.stats.search(filters);
  }
}
