import { Injectable } from '@nestjs/common';

const PRODUCTS = ['red shirt', 'blue shirt', 'green hat'];

@Injectable()
export class CatalogService {
  filter(q: string) {
    const re = new RegExp(`^${q}`); // expect: injection/regex
    return PRODUCTS.filter((p) => re.test(p));
  }
}
