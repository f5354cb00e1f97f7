import { Body, Controller, Post } from '@nestjs/common';
import { ReportsService } from './reports.service';

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  create(@Body('title') title: string) {
    return this.reports.create(title);
  }

  @Post('slideshow')
  slideshow(@Body('tracks') tracks: { id: string; title: string }[]) {
    return { trackId: this.reports.pickRandomTrackId(tracks) };
  }
}
