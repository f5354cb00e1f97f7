import { Controller, Get, Param, ParseIntPipe, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

const items = [{ id: 1, name: 'Notebook' }];

@UseGuards(ThrottlerGuard)
@Controller('catalog')
export class CatalogController {
  @Get()
  list() {
    return items;
  }

  @Get(':id')
  get(@Param('id', ParseIntPipe) id: number) {
    return items.find((i) => i.id === id) ?? null;
  }
}
