import { Body, Controller, Post } from '@nestjs/common';

@Controller('hooks')
export class PaymentHooksController {
  @Post('card-provider')
  received(@Body() event: { type: string }) {
    return { received: event.type };
  }
}
