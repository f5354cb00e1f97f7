import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class OrdersService {
  constructor(private readonly dataSource: DataSource) {}

  byStatus(filter: { status: string }) {
    return this.dataSource.query(`SELECT id, total FROM orders WHERE status = '${filter.status}'`); // expect: injection/sql-raw-query[error]
  }

  addNote(note: string) {
    return this.dataSource.query('INSERT INTO notes (body) VALUES ($1)', [note]);
  }
}
