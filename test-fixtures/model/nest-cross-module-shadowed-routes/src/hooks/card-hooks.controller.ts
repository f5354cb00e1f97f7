import { Body, Controller, Post } from '@nestjs/common';

// a second handler for the provider's webhook, in a module registered after BillingModule: the first one answers
@Controller('hooks')
export class CardHooksController {
  @Post('card-provider')
  handle(@Body() event: { type: string }) {
    return { handled: event.type };
  }
}
