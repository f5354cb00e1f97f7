import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { CoachesService } from './coaches.service';

@Controller('coaches')
export class CoachesController {
  constructor(private readonly coaches: CoachesService) {}

  @Get(':id/calendar')
  calendar(@Param('id', ParseUUIDPipe) id: string, @Query('month') month?: string) {
    return this.coaches.calendar(id, month);
  }

  @Get(':id/week')
  week(@Param('id', ParseUUIDPipe) id: string, @Query('week') week?: string) { // expect: validation/unvalidated-input
    return this.coaches.week(id, week);
  }

  @Get(':id/search')
  search(@Param('id', ParseUUIDPipe) id: string, @Query('note') note?: string) { // expect: validation/unvalidated-input
    return this.coaches.search(id, note);
  }
}
