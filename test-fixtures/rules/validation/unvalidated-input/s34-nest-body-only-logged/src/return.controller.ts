import { Body, Controller, Logger, Post } from '@nestjs/common';

const cancelled: unknown[] = [];

@Controller('payments/return')
export class ReturnController {
  private readonly logger = new Logger(ReturnController.name);

  // the gateway's cancel redirect: what it posts is only written to the log, the answer is fixed
  @Post('cancel')
  handleCancel(@Body() cancelData: any) {
    this.logger.log('payment cancel redirect received', cancelData);
    return { success: false, redirectUrl: '/cart' };
  }

  // the same post kept in memory as it came
  @Post('abandon')
  handleAbandon(@Body() abandonData: any) { // expect: validation/unvalidated-input
    this.logger.log('payment abandoned', abandonData);
    cancelled.push(abandonData);
    return { success: false, redirectUrl: '/cart' };
  }
}
