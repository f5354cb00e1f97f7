import { Body, Controller, Get, Headers, Param, Post } from '@nestjs/common';

const invoices: { id: string; paid: boolean }[] = [];

@Controller('billing')
export class BillingController {
  @Get('invoices')
  list() {
    return invoices.slice(0, 50);
  }

  // listed in OPEN_PATHS: the guard returns true before it looks for a token
  @Post('hooks/stripe') // expect: authn/unauthenticated-mutation
  hook(@Headers('stripe-signature') signature: string, @Body() event: { id: string }) {
    const invoice = invoices.find((i) => i.id === event.id);
    if (invoice && signature) invoice.paid = true;
    return { received: true };
  }

  // /billing/hooks/stripe-test is not under the open path (the helper wants '/billing/hooks/stripe/' or the path itself)
  @Post('hooks/stripe-test')
  replay(@Body() event: { id: string }) {
    const invoice = invoices.find((i) => i.id === event.id);
    if (invoice) invoice.paid = false;
    return { replayed: true };
  }

  @Post('invoices/:id/void')
  voidInvoice(@Param('id') id: string) {
    const index = invoices.findIndex((i) => i.id === id);
    return index >= 0 ? invoices.splice(index, 1)[0] : null;
  }
}
