import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';

const dishes = [{ id: 1, name: 'Pad thai' }];

@Controller('dishes')
export class DishesController {
  @Get()
  list() {
    return dishes;
  }

  @Get(':id')
  get(@Param('id', ParseIntPipe) id: number) {
    return dishes.find((d) => d.id === id) ?? null;
  }
}
