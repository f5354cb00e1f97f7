import { Controller, Delete, ForbiddenException, Inject, Param } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { AuditService } from '../audit/audit.service';
import { MembersService } from './members.service';

@Controller('members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly audit: AuditService,
    @Inject(REQUEST) private readonly request: { user: { id: string } },
  ) {}

  // the id is compared and then only a Prisma where key, down to the event that names the member
  @Delete(':id')
  async remove(@Param('id') id: string) {
    if (id === this.request.user.id) {
      throw new ForbiddenException('use the account settings to leave');
    }
    return this.members.remove({ id });
  }

  // the id becomes part of a file path through the object's constructor
  @Delete(':id/export')
  async dropExport(@Param('id') id: string) { // expect: validation/unvalidated-input[warning]
    await this.audit.dropExport(id);
    return { dropped: true };
  }
}
