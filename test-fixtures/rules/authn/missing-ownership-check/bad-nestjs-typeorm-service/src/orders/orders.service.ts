import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Order } from './order.entity';

@Injectable()
export class OrdersService {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  async findOne(id: string) {
    const order = await this.orders.findOne({ where: { id }, relations: { customer: true } }); // expect: authn/missing-ownership-check
    if (!order) throw new NotFoundException();
    return order;
  }

  async cancel(id: number) {
    await this.orders.update({ id }, { status: 'cancelled' }); // expect: authn/missing-ownership-check
    return { ok: true };
  }

  // scoped to the caller: another customer's order is not found
  async findMine(id: string, userId: string) {
    const order = await this.orders.findOne({ where: { id, customer: { id: userId } } });
    if (!order) throw new NotFoundException();
    return order;
  }

  // loaded, then compared with the caller
  async remove(id: string, userId: string) {
    const order = await this.orders.findOne({ where: { id }, relations: { customer: true } });
    if (!order) throw new NotFoundException();
    if (order.customer.id !== userId) throw new ForbiddenException();
    await this.orders.delete({ id });
  }
}
