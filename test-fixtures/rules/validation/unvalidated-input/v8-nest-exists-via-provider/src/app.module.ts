import { Module } from '@nestjs/common';
import { AttachmentController } from './attachment.controller';
import { AttachmentService } from './attachment.service';
import { DiskStore } from './disk.store';
import { BucketStore } from './bucket.store';
import { PrismaService } from './prisma.service';

@Module({
  controllers: [AttachmentController],
  providers: [AttachmentService, DiskStore, BucketStore, PrismaService],
})
export class AppModule {}
