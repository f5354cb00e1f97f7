import { Controller, Get, Param, ParseUUIDPipe, Version } from '@nestjs/common';

@Controller('items')
export class ItemsController {
  @Version('1')
  @Get()
  listV1() {
    return [];
  }

  // version 2 answers on the same path when the header says 2
  @Version(['2', '3'])
  @Get()
  listV2() {
    return { items: [], total: 0 };
  }

  @Get(':id')
  one(@Param('id', ParseUUIDPipe) id: string) {
    return { id };
  }
}
