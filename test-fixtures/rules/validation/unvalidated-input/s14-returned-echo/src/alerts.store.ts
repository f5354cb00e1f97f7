import { Injectable } from '@nestjs/common';

@Injectable()
export class AlertsStore {
  private readonly rows: { text: string; level: string }[] = [];

  add(row: { text: string; level: string }) {
    this.rows.push(row);
    return row;
  }
}
