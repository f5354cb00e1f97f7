import { Controller, Get, Param, Query } from '@nestjs/common';
import { OrdersService } from './orders.service';

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  list(@Query('sort') sort: string, @Query('region') region: string) {
    return this.orders.list(sort, region);
  }

  @Get('totals/:minimum')
  totals(@Param('minimum') minimum: string) {
    return this.orders.customersAbove(minimum);
  }
}
