import { Pool } from 'pg';

const pool = new Pool();

// A thin helper agents like to write: every query goes through it.
export async function runQuery(sql: string, params: unknown[] = []) {
  const { rows } = await pool.query(sql, params);
  return rows;
}
