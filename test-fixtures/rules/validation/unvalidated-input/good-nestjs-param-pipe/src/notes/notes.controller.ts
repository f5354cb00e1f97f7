import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, UsePipes, ValidationPipe } from '@nestjs/common';
import { CreateNoteDto, ListNotesQuery } from './notes.dto';
import { NotesService } from './notes.service';

@Controller('notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  @UsePipes(new ValidationPipe({ transform: true }))
  list(@Query() query: ListNotesQuery) {
    return this.notes.list(query.tag, query.limit);
  }

  @Post()
  create(@Body(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true })) dto: CreateNoteDto) {
    return this.notes.create(dto);
  }

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body(new ValidationPipe({ whitelist: true })) dto: CreateNoteDto) {
    return this.notes.update(id, dto);
  }
}
