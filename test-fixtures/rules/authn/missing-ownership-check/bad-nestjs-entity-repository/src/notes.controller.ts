import { Controller, Delete, Get, Param, ParseIntPipe } from '@nestjs/common';
import { NotesService } from './notes.service';

// every route is behind the global JwtAuthGuard (APP_GUARD)
@Controller('notes')
export class NotesController {
  constructor(private readonly notesService: NotesService) {}

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    return this.notesService.findOne(id);
  }

  @Delete(':id')
  remove(@Param('id', ParseIntPipe) id: number) {
    return this.notesService.remove(id);
  }
}
