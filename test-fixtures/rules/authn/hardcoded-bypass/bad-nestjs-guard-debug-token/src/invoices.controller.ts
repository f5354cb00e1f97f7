import { Controller, Delete, Get, Param, UseGuards } from '@nestjs/common';
import { SessionGuard } from './auth/session.guard';

@Controller('invoices')
@UseGuards(SessionGuard)
export class InvoicesController {
  @Get()
  list() {
    return [];
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    return { removed: id };
  }
}
