import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from './prisma.service';

@Injectable()
export class BucketStore {
  constructor(private prisma: PrismaService) {}

  async discard(attachmentId: string) {
    const row = await this.prisma.attachment.findUnique({ where: { id: attachmentId } });
    if (!row) throw new NotFoundException('Attachment not found');
    await fetch(`${process.env.BUCKET_URL}/${row.name}`, { method: 'DELETE' });
    await this.prisma.attachment.delete({ where: { id: attachmentId } });
  }

  async purge(attachmentId: string) {
    const row = await this.prisma.attachment.findUnique({ where: { id: attachmentId } });
    if (!row) throw new NotFoundException('Attachment not found');
    await fetch(`${process.env.BUCKET_URL}/${attachmentId}`, { method: 'DELETE' });
  }
}
