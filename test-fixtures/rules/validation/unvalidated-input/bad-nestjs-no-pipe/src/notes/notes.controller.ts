import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CreateNoteDto, ListNotesQuery } from './notes.dto';
import { NotesService } from './notes.service';

// The DTOs carry class-validator decorators, but no ValidationPipe runs them.
@Controller('notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  list(@Query() query: ListNotesQuery) { // expect: validation/unvalidated-input[warning]
    return this.notes.list(query.tag, query.limit);
  }

  @Get(':id')
  get(@Param('id') id: string) { // expect: validation/unvalidated-input[warning]
    return this.notes.get(id);
  }

  @Post()
  create(@Body() dto: CreateNoteDto) { // expect: validation/unvalidated-input[warning]
    return this.notes.create(dto);
  }

  @Patch(':id')
  update(
    @Param('id') id: string, // expect: validation/unvalidated-input[warning]
    @Body() dto: CreateNoteDto, // expect: validation/unvalidated-input[warning]
  ) {
    return this.notes.update(id, dto);
  }
}
