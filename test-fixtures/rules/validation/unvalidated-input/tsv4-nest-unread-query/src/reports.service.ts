import { Injectable } from '@nestjs/common';

@Injectable()
export class ReportsService {
  private readonly rows: { owner: string; title: string }[] = [];

  summary(days: number) {
    return { days, count: this.rows.length };
  }

  search(owner: string, text: string) {
    return this.rows.filter((r) => r.owner === owner && new RegExp(text).test(r.title));
  }
}
