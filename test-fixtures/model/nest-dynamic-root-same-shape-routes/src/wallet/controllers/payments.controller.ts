import { Controller, Get, Param } from '@nestjs/common';

// registered after PaymentController: its status route has the same shape and is never reached
@Controller({ path: 'payments', version: '1' })
export class PaymentsController {
  @Get('status/:paymentId')
  status(@Param('paymentId') id: string) {
    return { id };
  }
}
