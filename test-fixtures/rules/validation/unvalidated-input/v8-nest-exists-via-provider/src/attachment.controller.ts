import { Controller, Delete, Param, Post } from '@nestjs/common';
import { AttachmentService } from './attachment.service';

@Controller('attachments')
export class AttachmentController {
  constructor(private readonly attachments: AttachmentService) {}

  // whichever store runs, the id must name a stored attachment (404 otherwise) before the store deletes it
  @Delete(':attachmentId')
  discard(@Param('attachmentId') attachmentId: string) {
    return this.attachments.discard(attachmentId);
  }

  // the disk store only logs a missing record and deletes the path anyway
  @Post(':attachmentId/purge')
  purge(@Param('attachmentId') attachmentId: string) { // expect: validation/unvalidated-input
    return this.attachments.purge(attachmentId);
  }
}
