import { Controller, Get } from '@nestjs/common';

@Controller('boards')
export class BoardsController {
  @Get()
  list() {
    return [{ id: 1, name: 'Roadmap' }];
  }
}
