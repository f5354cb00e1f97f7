import { Injectable } from '@nestjs/common';

@Injectable()
export class PricingService {
  apply(rule: string, total: number) {
    const fn = new Function('total', `return ${rule};`); // expect: injection/code
    return fn(total);
  }
}
