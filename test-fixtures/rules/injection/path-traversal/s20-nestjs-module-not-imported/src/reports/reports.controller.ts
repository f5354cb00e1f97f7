import { Controller, Get, Query } from '@nestjs/common';
import { readFile } from 'fs/promises';
import { join } from 'path';

@Controller('reports')
export class ReportsController {
  @Get()
  async read(@Query('name') name: string) {
    return readFile(join('/var/reports', name), 'utf8'); // expect: injection/path-traversal
  }
}
