import { Body, Controller, Headers, Post } from '@nestjs/common';
import { PayService } from './pay.service';

@Controller('pay')
export class PayController {
  constructor(private readonly pay: PayService) {}

  // the service hands the event to a helper that checks its HMAC and drops it on a mismatch
  @Post('hooks/transfer')
  transferHook(@Body() event: any, @Headers('x-signature') signature: string) {
    return this.pay.onTransferEvent(event, signature);
  }

  // the signature is checked only when the sender sends one: anyone may post an unsigned event
  @Post('hooks/card')
  cardHook(@Body() event: any, @Headers('x-signature') signature?: string) { // expect: validation/unvalidated-input[warning]
    return this.pay.onCardEvent(event, signature);
  }
}
