import { Body, Controller, Post, Req, UnauthorizedException } from '@nestjs/common';

@Controller('notes')
export class NotesController {
  private readonly notes: { owner: string; text: string }[] = [];

  @Post()
  add(@Req() req: any, @Body() body: { text: string }) {
    if (!req.session?.userId) throw new UnauthorizedException();
    this.notes.push({ owner: req.session.userId, text: String(body.text).slice(0, 500) });
    return { ok: true };
  }
}
