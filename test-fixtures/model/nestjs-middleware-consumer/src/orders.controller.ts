import { Body, Controller, Get, Param, Post } from '@nestjs/common';

interface Order {
  id: number;
  sku: string;
  quantity: number;
  status: 'open' | 'cancelled';
}

const orders: Order[] = [];

@Controller('orders')
export class OrdersController {
  @Get()
  list() {
    return orders;
  }

  @Get(':id')
  findOne(@Param('id') id: string) {
    return orders.find((o) => o.id === Number(id)) ?? null;
  }

  // The only orders route behind AuthMiddleware: { path: 'orders', method: POST }.
  @Post()
  create(@Body() body: { sku: string; quantity: number }) { // expect: validation/unvalidated-input
    const order: Order = { id: orders.length + 1, sku: body.sku, quantity: body.quantity, status: 'open' };
    orders.push(order);
    return order;
  }

  // POST, but on orders/:id/cancel, which the 'orders' route pattern does not match.
  @Post(':id/cancel') // expect: authn/unauthenticated-mutation
  cancel(@Param('id') id: string) {
    const order = orders.find((o) => o.id === Number(id));
    if (order) order.status = 'cancelled';
    return order ?? null;
  }
}
