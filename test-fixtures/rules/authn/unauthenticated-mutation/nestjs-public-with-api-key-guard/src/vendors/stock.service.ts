import { Injectable } from '@nestjs/common';

@Injectable()
export class StockService {
  private readonly levels = new Map<string, number>();

  set(vendorId: string, sku: string, qty: number) {
    this.levels.set(`${vendorId}:${sku}`, qty);
    return { sku, qty };
  }

  drop(vendorId: string, sku: string) {
    this.levels.delete(`${vendorId}:${sku}`);
  }
}
