import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { OrdersService } from './orders.service';

export class OrderFilter {
  status!: string;
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  list(@Query() filter: OrderFilter) {
    return this.orders.byStatus(filter);
  }

  @Post('notes')
  addNote(@Body('note') note: string) {
    return this.orders.addNote(note);
  }
}
