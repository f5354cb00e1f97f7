import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { CreateNoteDto, ListNotesQuery } from './notes.dto';
import { NotesService } from './notes.service';

@Controller({ path: 'notebooks/:notebookId/notes' })
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  list(@Param('notebookId', ParseIntPipe) notebookId: number, @Query() query: ListNotesQuery) {
    return { notebookId, notes: this.notes.list(query.tag, query.limit) };
  }

  @Post()
  create(@Param('notebookId', ParseIntPipe) notebookId: number, @Body() dto: CreateNoteDto) {
    return { notebookId, note: this.notes.create(dto) };
  }
}
