import { Controller, Get, Param, UseGuards } from '@nestjs/common';
// the guard moved to common/guards; this path names a file that is no longer there
import { SessionGuard } from './guards/session.guard';

@Controller('inbox')
@UseGuards(SessionGuard)
export class InboxController {
  @Get(':id')
  open(@Param('id') id: string) {
    console.log('opening thread', id); // expect: logging/console-in-server
    return { id };
  }
}
