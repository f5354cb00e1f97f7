import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';
import { DevelopmentGuard } from './dev-only.guard';
import { renderTemplate } from './render';

@Controller('template-preview')
@UseGuards(DevelopmentGuard)
export class TemplatePreviewController {
  @Get()
  async preview(@Query('name') name: string, @Res() res: Response) {
    try {
      const html = await renderTemplate(name);
      res.send(html);
    } catch (error) {
      res.status(500).json({ message: error.message });
    }
  }
}
