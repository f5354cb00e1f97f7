import { Controller, Delete, Get, Param, ParseIntPipe } from '@nestjs/common';

@Controller('audit')
export class AuditController {
  @Get()
  entries() {
    return [];
  }

  @Delete(':id')
  purge(@Param('id', ParseIntPipe) id: number) {
    return { purged: id };
  }
}
