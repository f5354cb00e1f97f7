import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, UseGuards, Version, VERSION_NEUTRAL } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { SkipThrottle } from '@nestjs/throttler';
import { CreateProductDto } from './product.dto';

const catalog = [{ id: 1, name: 'desk lamp' }];
const searches: string[] = [];

// Two paths for the same controller: /api/v1/products and /api/v1/items.
@Controller(['products', 'items'])
export class ProductsController {
  @Get()
  list(@Query('q') q: string) { // expect: validation/unvalidated-input
    searches.push(q);
    return catalog;
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    return { id };
  }

  @UseGuards(AuthGuard('jwt'))
  @Post()
  create(@Body() dto: CreateProductDto) {
    return dto;
  }

  // Served without a version segment, and not throttled.
  @SkipThrottle()
  @Version(VERSION_NEUTRAL)
  @Get('ping')
  ping() {
    return 'pong';
  }
}
