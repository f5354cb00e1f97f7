import { Controller, Get, Param } from '@nestjs/common';

@Controller('forecast')
export class ForecastController {
  @Get(':city')
  get(@Param('city') city: string) {
    return { city: city.slice(0, 80), days: [] };
  }
}
