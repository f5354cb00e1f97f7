import { Controller, Get, Param } from '@nestjs/common';

@Controller('notes')
export class NotesController {
  @Get(':id')
  findOne(@Param('id') id: string) {
    return { id };
  }
}
