import { Body, Controller, Get, Param, Patch, Query, Req } from '@nestjs/common';
import { DepositsService } from './deposits.service';

@Controller('deposits')
export class DepositsController {
  constructor(private readonly deposits: DepositsService) {}

  @Get('summary')
  summary(@Req() req: any, @Query('from') from?: string, @Query('to') to?: string) {
    const start = from ? new Date(from) : undefined;
    const end = to ? new Date(to) : undefined;
    return this.deposits.summary(req.user.id, start, end);
  }

  @Patch(':id/booked-at')
  rebook(@Param('id') id: string, @Body('bookedAt') bookedAt: string) { // expect: validation/unvalidated-input
    return this.deposits.rebook(id, new Date(bookedAt));
  }
}
