import { Controller, Get, Param } from '@nestjs/common';

const invoices = [{ id: 'inv-1', total: 40 }];

@Controller('office/invoices')
export class InvoicesController {
  // never reached: GET /api/office/invoices is the earlier GET /api/office/:id of MembersModule (its pipe answers 400)
  @Get()
  list() {
    return invoices;
  }

  // three segments: :id of the office controller does not match it
  @Get(':ref')
  one(@Param('ref') ref: string) {
    return invoices.find((i) => i.id === ref) ?? null;
  }
}
