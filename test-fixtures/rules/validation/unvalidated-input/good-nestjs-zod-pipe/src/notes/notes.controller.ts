import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CreateNoteDto, ListNotesQuery, NoteParams } from './notes.dto';
import { NotesService } from './notes.service';

@Controller('notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  list(@Query() query: ListNotesQuery) {
    return this.notes.list(query.tag);
  }

  @Get(':id')
  get(@Param() params: NoteParams) {
    return this.notes.get(params.id);
  }

  @Post()
  create(@Body() dto: CreateNoteDto) {
    return this.notes.create(dto);
  }
}
