import { Controller, Get, Param, Query } from '@nestjs/common';
import { ListOrdersQuery, TotalsParams } from './orders.dto';
import { OrdersService } from './orders.service';

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  list(@Query() query: ListOrdersQuery) {
    return this.orders.list(query.sort, query.region);
  }

  @Get('totals/:minimum')
  totals(@Param() params: TotalsParams) {
    return this.orders.customersAbove(Number(params.minimum));
  }
}
