import { Body, Controller, Post } from '@nestjs/common';
import { MembersService } from './members.service';

@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  // the member row is made, then (when asked for) that same row is loaded by its id and saved again inactive: one row
  // written twice, whole after either save
  @Post()
  async create(@Body() body: { email: string; active?: boolean }) {
    const member = await this.members.create(body.email);
    if (body.active === false) {
      await this.members.update(member.id, { active: false });
    }
    return member;
  }

  // the member row, then a locker row for it: two rows, a failed locker leaves a member without one
  @Post('enrol')
  async enrol(@Body() body: { email: string }) {
    const member = await this.members.enrol(body.email);
    await this.members.giveLocker(member.id);
    return member;
  }
}
