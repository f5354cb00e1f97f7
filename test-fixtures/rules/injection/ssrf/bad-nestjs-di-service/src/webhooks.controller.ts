import { Body, Controller, Post } from '@nestjs/common';
import { WebhooksService } from './webhooks.service';

@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post('test')
  test(@Body('url') url: string, @Body('event') event: string) {
    return this.webhooks.deliver(url, { event, test: true });
  }

  @Post('replay')
  replay(@Body('id') id: string) {
    return this.webhooks.replay(id);
  }
}
