import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Order } from './order.entity';

@Injectable()
export class OrdersService {
  constructor(@InjectRepository(Order) private readonly repo: Repository<Order>) {}

  list(sort: string, region: string) {
    const qb = this.repo.createQueryBuilder('o');
    qb.leftJoin('o.customer', 'c', `c.region = '${region}'`); // expect: injection/sql-raw-query[error]
    qb.orderBy(`o.${sort}`, 'DESC'); // expect: injection/sql-raw-query[error]
    return qb.getMany();
  }

  customersAbove(minimum: string) {
    return this.repo.createQueryBuilder('o').select('o.customerId').groupBy('o.customerId').having(`SUM(o.total) > ${minimum}`).getRawMany(); // expect: injection/sql-raw-query[error]
  }
}
