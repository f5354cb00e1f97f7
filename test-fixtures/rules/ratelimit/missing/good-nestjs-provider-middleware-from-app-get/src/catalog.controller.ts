import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';

const items = [{ id: 1, name: 'Notebook' }];

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
