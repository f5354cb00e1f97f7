import { Injectable } from '@nestjs/common';

@Injectable()
export class StoreService {
  private readonly rows: Record<string, unknown>[] = [];

  save(row: Record<string, unknown>) {
    this.rows.push(row);
    return { saved: this.rows.length };
  }
}
