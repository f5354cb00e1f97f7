import { Body, Controller, Get, Post } from '@nestjs/common';

@Controller('notes')
export class NotesController {
  private readonly notes: string[] = [];

  @Get()
  list() {
    return this.notes.slice(0, 50);
  }

  @Post()
  add(@Body() body: { text: string }) {
    console.log('note added', body.text); // expect: logging/console-in-server
    this.notes.push(String(body.text).slice(0, 500));
    return { ok: true };
  }
}
