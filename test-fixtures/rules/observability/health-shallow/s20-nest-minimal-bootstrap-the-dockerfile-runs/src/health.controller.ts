import { Controller, Get } from '@nestjs/common';

@Controller('health')
export class HealthController {
  @Get() // expect: observability/health-shallow
  check() {
    return { status: 'ok', time: new Date().toISOString() };
  }
}
