import { Controller, Get, Query } from '@nestjs/common';
import { ProductsService } from './products.service';

@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  list() {
    return this.products.listActive();
  }

  @Get('search')
  search(@Query('field') field: string, @Query('value') value: string) {
    return this.products.search(field, value);
  }
}
