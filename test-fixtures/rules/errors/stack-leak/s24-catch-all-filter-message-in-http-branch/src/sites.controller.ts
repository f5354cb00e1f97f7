import { Controller, Get, NotFoundException, Param } from '@nestjs/common';

const SITES = new Map<string, { id: string; name: string }>();

@Controller('sites')
export class SitesController {
  @Get(':id')
  one(@Param('id') id: string) {
    const site = SITES.get(id);
    if (!site) throw new NotFoundException('No such site');
    return site;
  }
}
