import { Pool } from 'pg';

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function query<T = any>(sql: string, values: unknown[] = []) {
  return pool.query<T>(sql, values);
}
