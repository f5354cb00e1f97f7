import { Controller, Get } from '@nestjs/common';

// excluded from the global prefix, but still versioned by defaultVersion
@Controller('status')
export class StatusController {
  @Get()
  status() {
    return { up: true };
  }
}
