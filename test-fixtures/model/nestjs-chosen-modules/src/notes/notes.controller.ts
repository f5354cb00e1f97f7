import { Body, Get, Post, UsePipes, ValidationPipe } from '@nestjs/common';
import { SignedInController } from '../common/api-controller.decorator';
import { NoteDto } from './note.dto';
import { NotesRepository } from './notes.repository';

@SignedInController({ path: 'notes', docsTag: 'Notes' })
export class NotesController {
  constructor(private readonly notes: NotesRepository) {}

  @Get()
  list() {
    return this.notes.all();
  }

  @Post()
  @UsePipes(new ValidationPipe())
  add(@Body() note: NoteDto) {
    return this.notes.add(note.text);
  }
}
