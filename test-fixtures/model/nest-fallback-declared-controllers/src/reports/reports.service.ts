import { Injectable } from '@nestjs/common';

@Injectable()
export class ReportsService {
  private readonly totals = new Map<string, number>();

  summary() {
    return Object.fromEntries(this.totals);
  }
}
