import { Controller, Get } from '@nestjs/common';

@Controller('notes')
export class NotesController {
  @Get()
  list() {
    return [];
  }
}
