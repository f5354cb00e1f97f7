import { Controller, Get } from '@nestjs/common';

@Controller('projects')
export class ProjectsController {
  @Get()
  list() {
    return [];
  }

  @Get('health')
  health() {
    return { ok: true };
  }
}
