import { Controller, Get } from '@nestjs/common';

@Controller('webhooks')
export class WebhooksController {
  @Get('health')
  health() {
    return { ok: true };
  }
}
