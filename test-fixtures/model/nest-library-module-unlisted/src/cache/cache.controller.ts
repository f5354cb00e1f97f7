import { Controller, Delete, Get } from '@nestjs/common';

@Controller('cache')
export class CacheController {
  @Get('stats')
  stats() {
    return { hits: 0 };
  }

  @Delete()
  flush() {
    return { flushed: true };
  }
}
