import { Controller, Get, ParseIntPipe, Query } from '@nestjs/common';
import { MembersService } from './members.service';

@Controller('members')
export class MembersController {
  constructor(private readonly service: MembersService) {}

  @Get()
  list(@Query('page', new ParseIntPipe({ optional: true })) page?: number) {
    return this.service.list(page ?? 1);
  }

  @Get('search')
  search(@Query('q') q: string) {
    return this.service.search(String(q ?? '').slice(0, 40));
  }
}
