import { Controller, Get } from '@nestjs/common';
import { Public } from './auth/public.decorator';

// Class-level @Public(): every handler here skips the global JwtAuthGuard.
@Public()
@Controller('health')
export class HealthController {
  // Excluded from the global prefix: served at /health.
  @Get()
  live() {
    return { status: 'ok' };
  }

  // The exclusion is for the path 'health' only: this one is /api/health/ready.
  @Get('ready')
  ready() {
    return { status: 'ready' };
  }
}
