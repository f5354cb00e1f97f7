import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { AlertsStore } from './alerts.store';

// placeholder endpoints an agent left in place: the answer repeats what the caller sent, nothing is stored or looked up
@Controller('alerts')
export class AlertsController {
  constructor(private readonly store: AlertsStore) {}

  @Get()
  list(@Query('page') page: string, @Query('size') size: string) {
    return { items: [], page: Number(page) || 1, size: Number(size) || 20 };
  }

  @Post('preferences')
  savePreferences(@Body() prefs: { channel: string; quiet: boolean }) {
    return { saved: true, preferences: prefs };
  }

  // the same body stored: that is a use
  @Post()
  create(@Body() body: { text: string; level: string }) { // expect: validation/unvalidated-input
    const row = this.store.add({ text: body.text, level: body.level });
    return { created: row };
  }
}
