import { Body, Controller, Patch, Post } from '@nestjs/common';
import { EditLooseDto, EditSelfDto, InviteDto } from './members.dto';
import { MembersService } from './members.service';

@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Patch('me')
  editSelf(@Body() dto: EditSelfDto) {
    return this.members.save({ handle: dto.handle, email: dto.email });
  }

  @Post('invite')
  invite(@Body() dto: InviteDto) {
    return this.members.save({ ...dto });
  }

  @Patch('loose')
  editLoose(@Body() dto: EditLooseDto) { // expect: validation/unvalidated-input[warning]
    return this.members.save({ handle: dto.handle });
  }
}
