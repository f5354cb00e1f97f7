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

  // the disk store only logs a missing record and deletes the path anyway; the store is picked at run time
  // (this.store()), a call the walk cannot follow, so the path parameter is not judged here (known gap: the path it
  // builds is left to the path rules)
  @Post(':attachmentId/purge')
  purge(@Param('attachmentId') attachmentId: string) {
    return this.attachments.purge(attachmentId);
  }
}
