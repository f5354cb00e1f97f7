import { Body, Controller, Get, Param, Post } from '@nestjs/common';

const invoices: { id: number; amount: number }[] = [];

@Controller('api/payments')
export class PaymentsController {
  @Post()
  create(@Body() body: { amount: number }) { // expect: validation/unvalidated-input
    invoices.push({ id: invoices.length + 1, amount: Number(body.amount) });
    return { ok: true };
  }

  @Get(':id')
  one(@Param('id') id: string) {
    return invoices.find((i) => i.id === Number(id)) ?? null;
  }
}
