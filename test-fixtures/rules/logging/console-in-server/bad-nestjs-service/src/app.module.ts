import { Body, Controller, Injectable, Module, Post } from '@nestjs/common';

@Injectable()
export class OrdersService {
  create(sku: string) {
    console.log('creating order for', sku); // expect: logging/console-in-server
    return { sku };
  }
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post()
  create(@Body('sku') sku: string) {
    return this.orders.create(sku);
  }
}

@Module({ controllers: [OrdersController], providers: [OrdersService] })
export class AppModule {}
