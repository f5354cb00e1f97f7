import { Controller, Get, Post, Query } from '@nestjs/common';
import { CatalogStore } from './catalog.store';

@Controller('products')
export class ProductsController {
  constructor(private readonly store: CatalogStore) {}

  // the transforming pipe hands a boolean: it only picks a branch
  @Get()
  list(@Query('withArchived') withArchived?: boolean) {
    return this.store.list(!!withArchived);
  }

  // a string query value goes through the same pipe as it came, and is stored
  @Post('annotate')
  annotate(@Query('note') note: string) { // expect: validation/unvalidated-input
    this.store.annotate(note);
    return { ok: true };
  }
}
