import type { RowDataPacket } from 'mysql2';
import { pool } from '../db';

export abstract class BaseRepository {
  constructor(protected readonly table: string) {}

  async findById(id: number) {
    const [rows] = await pool.query<RowDataPacket[]>(`SELECT * FROM ${this.table} WHERE id = ?`, [id]);
    return rows[0] ?? null;
  }

  // a counting helper no server code calls (the browser's React.Children.count is another count): moot
  async count(where?: string, params?: unknown[]): Promise<number> {
    const extra = where ? `AND ${where}` : '';
    const [rows] = await pool.query<RowDataPacket[]>(`SELECT COUNT(*) AS count FROM ${this.table} WHERE 1=1 ${extra}`, params ?? []);
    return rows[0].count;
  }

  // the services call this one with a fragment of their own
  async findWhere(where: string, params: unknown[]) {
    const [rows] = await pool.query<RowDataPacket[]>(`SELECT * FROM ${this.table} WHERE ${where}`, params); // expect: injection/sql-raw-query
    return rows;
  }
}
