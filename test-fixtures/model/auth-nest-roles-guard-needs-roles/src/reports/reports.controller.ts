import { Controller, Delete, Get, Param } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { Roles } from '../auth/roles.decorator';

const reports = new Map<string, string>([['q1', 'draft']]);

@Controller('reports')
export class ReportsController {
  @Public()
  @Get('published')
  published() {
    return [...reports.keys()];
  }

  @Get()
  list() {
    return [...reports.entries()];
  }

  @Roles('admin')
  @Delete(':id')
  remove(@Param('id') id: string) {
    reports.delete(id);
  }
}
