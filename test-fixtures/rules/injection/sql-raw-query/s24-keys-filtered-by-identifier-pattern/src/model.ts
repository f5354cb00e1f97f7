import { Pool } from 'pg';
import { isColumnName } from './names';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export class Model {
  constructor(private readonly table: string) {}

  // only keys the identifier pattern accepts become column names; the values are bound
  async create(data: Record<string, unknown>) {
    const columns = Object.keys(data).filter((key) => key !== 'id' && isColumnName(key));
    const values = columns.map((key) => data[key]);
    const marks = columns.map((_, i) => `$${i + 1}`).join(', ');
    const { rows } = await pool.query(`INSERT INTO ${this.table} (${columns.join(', ')}) VALUES (${marks}) RETURNING *`, values);
    return rows[0];
  }

  // the same with an inline pattern
  async patch(id: string, data: Record<string, unknown>) {
    const columns = Object.keys(data).filter((key) => /^\w+$/.test(key));
    const sets = columns.map((key, i) => `${key} = $${i + 2}`).join(', ');
    await pool.query(`UPDATE ${this.table} SET ${sets} WHERE id = $1`, [id, ...columns.map((key) => data[key])]);
  }

  // dropping one key leaves every other key the client wrote
  async replace(id: string, data: Record<string, unknown>) {
    const columns = Object.keys(data).filter((key) => key !== 'id');
    const sets = columns.map((key, i) => `${key} = $${i + 2}`).join(', ');
    await pool.query(`UPDATE ${this.table} SET ${sets} WHERE id = $1`, [id, ...columns.map((key) => data[key])]); // expect: injection/sql-raw-query
  }
}
