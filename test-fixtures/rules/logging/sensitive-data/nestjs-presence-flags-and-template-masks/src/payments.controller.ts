import { Controller, Get, Logger, Post, Body } from '@nestjs/common';

@Controller('payments')
export class PaymentsController {
  private readonly logger = new Logger(PaymentsController.name);

  // whether each secret is configured, and a short prefix to tell which key is loaded
  @Get('config-check')
  configCheck() {
    const accessToken = process.env.GATEWAY_ACCESS_TOKEN;
    const webhookSecret = process.env.GATEWAY_WEBHOOK_SECRET;
    const result = {
      hasAccessToken: !!accessToken,
      hasWebhookSecret: !!webhookSecret,
      accessTokenPrefix: accessToken ? accessToken.substring(0, 15) + '...' : null,
      webhookSecretPreview: webhookSecret ? `${webhookSecret.substring(0, 8)}...` : 'none',
    };
    this.logger.log('gateway configuration', result);
    return { ok: result.hasAccessToken && result.hasWebhookSecret };
  }

  @Post('token')
  issue(@Body() body: { clientId: string }) {
    const token = `${body.clientId}.${Date.now().toString(36)}`;
    // most of the token shown: not a mask
    this.logger.log('issued', { token: `${token.substring(0, 40)}...` }); // expect: logging/sensitive-data
    return { token };
  }
}
