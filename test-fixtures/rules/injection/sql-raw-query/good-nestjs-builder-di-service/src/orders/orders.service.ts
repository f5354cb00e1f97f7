import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Order } from './order.entity';

const SORT_COLUMNS = { total: 'o.total', status: 'o.status' } as const;

@Injectable()
export class OrdersService {
  constructor(@InjectRepository(Order) private readonly repo: Repository<Order>) {}

  list(sort: keyof typeof SORT_COLUMNS, region: string) {
    const qb = this.repo.createQueryBuilder('o');
    qb.leftJoin('o.customer', 'c', 'c.region = :region', { region });
    qb.orderBy(SORT_COLUMNS[sort] ?? 'o.id', 'DESC');
    return qb.getMany();
  }

  customersAbove(minimum: number) {
    return this.repo.createQueryBuilder('o').select('o.customerId').groupBy('o.customerId').having('SUM(o.total) > :minimum', { minimum }).getRawMany();
  }
}
