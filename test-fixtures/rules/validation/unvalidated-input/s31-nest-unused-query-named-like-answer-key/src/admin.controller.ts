import { Controller, DefaultValuePipe, Get, ParseIntPipe, Query } from '@nestjs/common';

const entries: { level: string; action: string }[] = [];

@Controller('admin')
export class AdminController {
  // a placeholder answer: `level` is declared and never read (the answer's own `level:` keys are literals)
  @Get('logs/activity')
  getActivityLogs(
    @Query('page', new DefaultValuePipe(1), ParseIntPipe) page: number,
    @Query('level') level?: string,
  ) {
    return {
      page,
      logs: [
        { timestamp: new Date(), level: 'info', action: 'session_created' },
        { timestamp: new Date(), level: 'warn', action: 'login_failed' },
      ],
    };
  }

  // the same parameter kept in what is stored
  @Get('logs/record')
  record(@Query('level') level?: string) { // expect: validation/unvalidated-input
    entries.push({ level: level ?? 'info', action: 'viewed' });
    return { level };
  }
}
