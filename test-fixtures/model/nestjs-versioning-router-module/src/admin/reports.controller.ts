import { Controller, Delete, Get, Param, ParseUUIDPipe } from '@nestjs/common';

// RouterModule prefix 'admin' + controller version '2': /api/v2/admin/reports.
@Controller({ path: 'reports', version: '2' })
export class ReportsController {
  @Get()
  list() {
    return [];
  }

  @Delete(':id') // expect: authn/unauthenticated-mutation
  remove(@Param('id', new ParseUUIDPipe()) id: string) {
    reports.delete(id);
    return { deleted: id };
  }
}

const reports = new Map<string, { title: string }>();
