import { Body, Controller, Post } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  private readonly orders: string[] = [];

  @Post()
  create(@Body('item') item: string) {
    this.orders.push(item);
    return { count: this.orders.length };
  }
}
