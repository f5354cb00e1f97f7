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

  // (an id used only as the key of the service's in-memory map is a lookup key: not reported)
  @Get(':id')
  get(@Param('id') id: string) {
    return this.notes.get(id);
  }

  // the id becomes part of a stored record's id: its text is kept as it came
  @Post(':id/copy')
  copy(@Param('id') id: string) { // expect: validation/unvalidated-input[warning]
    return this.notes.copy(id);
  }

  @Post()
  create(@Body() dto: CreateNoteDto) { // expect: validation/unvalidated-input[warning]
    return this.notes.create(dto);
  }

  @Patch(':id')
  update(
    @Param('id') id: string,
    @Body() dto: CreateNoteDto, // expect: validation/unvalidated-input[warning]
  ) {
    return this.notes.update(id, dto);
  }
}
