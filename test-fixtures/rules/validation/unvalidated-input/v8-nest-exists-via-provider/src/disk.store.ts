import { Injectable, NotFoundException, Logger } from '@nestjs/common';
import * as fs from 'fs/promises';
import { PrismaService } from './prisma.service';

const ROOT = './data/attachments';

@Injectable()
export class DiskStore {
  private readonly logger = new Logger(DiskStore.name);

  constructor(private prisma: PrismaService) {}

  async discard(attachmentId: string) {
    const row = await this.prisma.attachment.findUnique({ where: { id: attachmentId } });
    if (!row) throw new NotFoundException('Attachment not found');
    await fs.unlink(`${ROOT}/${attachmentId}`);
    await this.prisma.attachment.delete({ where: { id: attachmentId } });
  }

  async purge(attachmentId: string) {
    const row = await this.prisma.attachment.findUnique({ where: { id: attachmentId } });
    if (!row) this.logger.warn(`no attachment ${attachmentId}`);
    await fs.unlink(`${ROOT}/${attachmentId}`);
  }
}
