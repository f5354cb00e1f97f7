import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { PrismaService } from '../prisma.service';

@Injectable()
export class MembersService {
  constructor(private readonly prisma: PrismaService, private readonly audit: AuditService) {}

  async remove(where: { id: string }) {
    try {
      await this.prisma.note.deleteMany({ where: { OR: [{ authorId: where.id }, { reviewerId: where.id }] } });
    } catch {}
    await this.audit.clearFor({ memberId: where.id });
    return this.prisma.member.delete({ where });
  }
}
