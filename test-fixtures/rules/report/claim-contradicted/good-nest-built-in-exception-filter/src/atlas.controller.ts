import { Controller, Get, NotFoundException, Param } from '@nestjs/common';

const maps: Record<string, string> = { north: 'N' };

@Controller('maps')
export class AtlasController {
  @Get(':name')
  one(@Param('name') name: string) {
    const m = maps[name];
    if (!m) throw new NotFoundException();
    return { m };
  }
}
