import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { unlink } from 'node:fs/promises';
import { PrismaService } from '../prisma.service';
import { ExportFile } from './export-file';
import { MemberCleared } from './member-cleared.event';

@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService, private readonly events: EventEmitter2) {}

  async clearFor({ memberId }: { memberId: string }) {
    const { count } = await this.prisma.auditEntry.deleteMany({ where: { memberId } });
    this.events.emit(MemberCleared.topic, new MemberCleared({ memberId }));
    return count;
  }

  async dropExport(memberId: string) {
    const file = new ExportFile(memberId);
    await unlink(file.location);
  }
}
