import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';

const reports = new Map<string, { id: string; title: string }>();

@Controller('reports')
export class ReportsController {
  @Get()
  list() {
    return Array.from(reports.values()).slice(0, 50);
  }

  @Post() // expect: authn/unauthenticated-mutation
  create(@Body() body: { title: string }) { // expect: validation/unvalidated-input
    const report = { id: String(reports.size + 1), title: String(body.title).slice(0, 80) };
    reports.set(report.id, report);
    return report;
  }

  // nothing guards this route: the dashboard's middleware runs on /admin/queues only
  @Delete(':id') // expect: authn/unauthenticated-mutation
  remove(@Param('id') id: string) {
    return { removed: reports.delete(id) };
  }
}
