import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Item } from './item.entity';

@Injectable()
export class ItemsService {
  constructor(@InjectRepository(Item) private readonly items: Repository<Item>) {}

  findAll() {
    return this.items.find({ order: { position: 'ASC' } }); // expect: data/unbounded-list
  }

  async summaries() {
    const rows = await this.items.find(); // expect: data/unbounded-list
    return rows.map((r) => ({ id: r.id, position: r.position }));
  }

  page(page: number, limit: number) {
    return this.items.find({ take: Math.min(limit, 100), skip: (page - 1) * limit });
  }
}
