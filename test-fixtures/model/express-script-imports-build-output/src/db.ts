import pg from 'pg';

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL }); // expect: config/env-undocumented

export async function query(text: string, params: unknown[] = []) {
  return pool.query(text, params);
}
