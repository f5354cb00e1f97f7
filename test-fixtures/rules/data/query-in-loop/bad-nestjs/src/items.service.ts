import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Item } from './item.entity';

@Injectable()
export class ItemsService {
  constructor(@InjectRepository(Item) private readonly items: Repository<Item>) {}

  async reorder(ids: number[]) {
    for (let i = 0; i < ids.length; i++) {
      await this.items.update(ids[i], { position: i }); // expect: data/query-in-loop
    }
  }
}
