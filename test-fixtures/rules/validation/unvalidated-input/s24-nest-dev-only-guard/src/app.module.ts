import { Module } from '@nestjs/common';
import { MailPreviewController, MailStagingController } from './mail/mail-preview.controller';
import { TagsController } from './tags/tags.controller';
import { TagsService } from './tags/tags.service';

@Module({
  controllers: [MailPreviewController, MailStagingController, TagsController],
  providers: [TagsService],
})
export class AppModule {}
