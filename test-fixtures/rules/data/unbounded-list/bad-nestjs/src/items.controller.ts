import { Controller, Get, Query } from '@nestjs/common';
import { ItemsService } from './items.service';

@Controller('items')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Get()
  findAll() {
    return this.items.findAll();
  }

  @Get('summaries')
  summaries() {
    return this.items.summaries();
  }

  @Get('page')
  page(@Query('page') page = 1, @Query('limit') limit = 20) {
    return this.items.page(page, limit);
  }
}
