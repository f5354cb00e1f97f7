import { Pool } from 'pg';

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function timed(sql: string, params: unknown[]) {
  const started = Date.now();
  const result = await pool.query(sql, params);
  if (Date.now() - started > 500) console.warn('slow query', sql);
  return result;
}

export async function exec(sql: string, params: unknown[]) {
  const result = await timed(sql, params);
  return result.rows;
}

export async function run(sql: string, params: unknown[]) {
  return exec(sql, params);
}

export async function selectOne(sql: string, params: unknown[]) {
  const rows = await run(sql, params);
  return rows[0];
}

export async function selectWhere(column: string, value: string) {
  return run('SELECT id, title FROM notes WHERE ' + column + ' = $1', [value]);
}
