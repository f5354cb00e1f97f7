import { Controller, Get } from '@nestjs/common';
import { DbService } from './db.service';

@Controller('notes')
export class NotesController {
  constructor(private readonly db: DbService) {}

  @Get()
  async list() {
    return (await this.db.pool.query('SELECT id, text FROM notes LIMIT 50')).rows;
  }
}
