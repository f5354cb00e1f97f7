import { Controller, Get, Param } from '@nestjs/common';

// an older polling endpoint at the same path, listed after SurveysController in the module: never reached
@Controller('surveys')
export class SurveyStreamController {
  @Get(':id/stream')
  poll(@Param('id') id: string) {
    return { id, events: [] };
  }
}
