import { Controller, Get, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { renderTemplate } from './render';

@Controller('templates')
export class TemplatesController {
  @Get()
  async show(@Query('name') name: string, @Res() res: Response) {
    try {
      const html = await renderTemplate(name);
      res.send(html);
    } catch (error) {
      res.status(500).json({ message: error.message }); // expect: errors/stack-leak
    }
  }
}
