import { Body, Controller, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ArchiveService } from './archive.service';
import { UpdateUserDto } from '../users/update-user.dto';

// a parked copy: its module is not imported by AppModule, so Nest never serves this controller
@Controller('archive')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @Post(':id/restore')
  restore(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateUserDto) {
    return this.archive.restore(id, dto);
  }
}
