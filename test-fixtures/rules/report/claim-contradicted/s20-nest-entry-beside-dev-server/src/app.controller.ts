import { Controller, Get } from '@nestjs/common';
import { statusPayload } from '@/common/status';

@Controller('registry')
export class AppController {
  @Get('status')
  status() {
    return statusPayload();
  }
}
