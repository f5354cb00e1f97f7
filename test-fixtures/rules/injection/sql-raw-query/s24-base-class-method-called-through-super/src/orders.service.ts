import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CoreService } from './core.service';
import { Product } from './product.entity';

@Injectable()
export class OrdersService extends CoreService<Product> {
  constructor(@InjectRepository(Product) repository: Repository<Product>) {
    super(repository);
  }

  listOpen() {
    return this.findAll('order', [{ field: 'state', value: 'open' }]);
  }
}
