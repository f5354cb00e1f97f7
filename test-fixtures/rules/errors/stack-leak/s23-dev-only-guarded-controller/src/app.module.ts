import { Module } from '@nestjs/common';
import { TemplatePreviewController } from './mail/template-preview.controller';
import { TemplatesController } from './mail/templates.controller';

@Module({ controllers: [TemplatePreviewController, TemplatesController] })
export class AppModule {}
