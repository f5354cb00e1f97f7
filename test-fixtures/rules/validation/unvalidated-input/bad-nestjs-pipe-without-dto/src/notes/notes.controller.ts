import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { NotesService, type Note } from './notes.service';

// A global ValidationPipe is on, but it can only check classes with class-validator decorators. An interface is
// erased; a class without decorators (UpdateNoteDto) is checked, and whitelist with forbidNonWhitelisted refuses every
// property sent to it, so nothing unchecked reaches update() (the route cannot change a note, a bug but not this rule).
interface CreateNoteInput {
  title: string;
  body: string;
  tags?: string[];
}

export class UpdateNoteDto {
  title?: string;
  body?: string;
}

@Controller('notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  list(@Query('tag') tag?: string) { // expect: validation/unvalidated-input[warning]
    return this.notes.list(tag);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Note {
    return this.notes.get(id);
  }

  @Post()
  create(@Body() input: CreateNoteInput) { // expect: validation/unvalidated-input[warning]
    return this.notes.create(input);
  }

  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateNoteDto,
  ) {
    return this.notes.update(id, dto);
  }
}
