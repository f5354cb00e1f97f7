import { Controller, Get, Param, ParseIntPipe, UseGuards } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { SEARCH_THROTTLER } from './app.module';

const items = [{ id: 1, name: 'Notebook' }];

// skips only the named search throttler: the default one still counts every request here
@SkipThrottle({ [SEARCH_THROTTLER]: true })
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
