import { Body, Controller, Headers, Post } from '@nestjs/common';
import { WebhookService } from './webhook.service';

@Controller('webhooks')
export class WebhookController {
  constructor(private readonly webhooks: WebhookService) {}

  @Post('partner')
  receive(@Body() body: unknown, @Headers('x-signature') signature: string) {
    this.webhooks.verify(JSON.stringify(body), signature);
    return { ok: true };
  }
}
