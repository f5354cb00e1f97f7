import { Body, Controller, Param, ParseIntPipe, Post } from '@nestjs/common';
import { MembersService } from './members.service';

@Controller('members')
export class MembersController {
  constructor(private readonly service: MembersService) {}

  @Post(':id/groups')
  join(@Param('id', ParseIntPipe) id: number, @Body('groupIds') groupIds: number[]) {
    return this.service.joinGroups(id, groupIds);
  }

  @Post(':id/groups/leave')
  leave(@Param('id', ParseIntPipe) id: number, @Body('groupIds') groupIds: number[]) {
    return this.service.leaveGroups(id, groupIds);
  }

  @Post(':id/tags')
  retag(@Param('id', ParseIntPipe) id: number, @Body('tags') tags: string[]) { // expect: validation/unvalidated-input
    return this.service.retag(id, tags);
  }
}
