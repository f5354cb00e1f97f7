import { Controller, Get, Param } from '@nestjs/common';

// the older controller, first in the module: its status route answers every GET payments/status/x
@Controller('payments')
export class PaymentController {
  @Get('status/:paymentReference')
  status(@Param('paymentReference') ref: string) {
    return { ref };
  }
}
