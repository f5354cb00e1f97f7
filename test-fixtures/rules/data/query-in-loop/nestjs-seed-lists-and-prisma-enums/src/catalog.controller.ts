import { Controller, Get, Post } from '@nestjs/common';
import { CatalogService } from './catalog.service';

@Controller('catalog')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Post('seed')
  seed() {
    return this.catalog.seedSections();
  }

  @Get('stats/status')
  byStatus() {
    return this.catalog.countsByStatus();
  }

  @Get('stats/sections')
  bySection() {
    return this.catalog.countsBySection();
  }
}
