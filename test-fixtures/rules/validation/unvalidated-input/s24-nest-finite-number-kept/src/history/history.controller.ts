import { Controller, Get, Query } from '@nestjs/common';
import { HistoryService } from './history.service';

@Controller('history')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  // Only a finite number goes on; anything else (NaN from an object or text) becomes undefined.
  @Get()
  recent(@Query('limit') limit?: string) {
    const parsed = limit ? Number(limit) : undefined;
    return this.history.recent({ limit: Number.isFinite(parsed as number) ? (parsed as number) : undefined });
  }

  // The label goes on as sent.
  @Get('labelled')
  labelled(@Query('label') label?: string) { // expect: validation/unvalidated-input[warning]
    return this.history.recent({ label });
  }
}
