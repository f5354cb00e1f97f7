import { Controller, Get } from '@nestjs/common';

@Controller('reports')
export class CurrentReportsController {
  @Get('summary')
  summary() {
    return { total: 0 };
  }
}

@Controller('reports')
export class LegacyReportsController {
  @Get('summary')
  summary() {
    return 'total=0';
  }
}
