import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { Open } from '../auth/session.guard';

@Controller('notes')
export class NotesController {
  private readonly notes: { owner: string; text: string }[] = [];

  @Open()
  @Get('count')
  count() {
    return { count: this.notes.length };
  }

  @Post()
  add(@Req() req: any, @Body() body: { text: string }) {
    const text = typeof body?.text === 'string' ? body.text.slice(0, 280) : '';
    this.notes.push({ owner: req.user.sub, text });
    return { ok: true };
  }
}
