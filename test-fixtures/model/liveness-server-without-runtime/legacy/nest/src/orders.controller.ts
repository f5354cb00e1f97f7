import { Controller, Get, Post, Body } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Get()
  list() {
    return [];
  }

  @Post()
  create(@Body() body: any) {
    return body;
  }
}
