import { Controller, Get, Param, Post } from '@nestjs/common';
import { Public } from './auth/public.decorator';

const tickets: { id: number; desk: string }[] = [];

@Controller('queue')
export class QueueController {
  @Public()
  @Get('current')
  current() {
    return tickets[0] ?? null;
  }

  @Get('all')
  all() {
    return tickets;
  }

  @Post(':desk/next')
  next(@Param('desk') desk: string) {
    const index = tickets.findIndex((t) => t.desk === desk);
    return index >= 0 ? tickets.splice(index, 1)[0] : null;
  }
}
