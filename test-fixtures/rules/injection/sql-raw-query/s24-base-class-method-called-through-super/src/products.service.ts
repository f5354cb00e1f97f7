import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CoreService } from './core.service';
import { Product } from './product.entity';

@Injectable()
export class ProductsService extends CoreService<Product> {
  constructor(@InjectRepository(Product) repository: Repository<Product>) {
    super(repository);
  }

  async listActive(): Promise<Product[]> {
    return super.findAll('product', [{ field: 'status', value: 'active' }]);
  }

  // the client names the field
  async search(field: string, value: string): Promise<Product[]> {
    return super.findAll('product', [{ field, value }]);
  }
}
