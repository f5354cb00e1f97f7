import { Controller, Get, Param } from '@nestjs/common';

@Controller('notes')
export class NotesController {
  @Get(':id')
  get(@Param('id') id: string) {
    return { id, text: '' };
  }
}
