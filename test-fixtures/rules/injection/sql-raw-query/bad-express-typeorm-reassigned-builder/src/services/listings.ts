import { Repository } from 'typeorm';
import { dataSource } from '../data-source';

export class ListingService {
  private listings: Repository<any>;

  constructor() {
    this.listings = dataSource.getRepository('Listing');
  }

  // the sort key is typed as a union, but nothing checks it at run time
  async page(category?: string, sort: 'price' | 'createdAt' = 'createdAt') {
    let qb = this.listings.createQueryBuilder('l');
    if (category) {
      qb = qb.where('l.category = :category', { category });
    }
    return qb.orderBy(`l.${sort}`, 'DESC').take(20).getMany(); // expect: injection/sql-raw-query[error]
  }
}
