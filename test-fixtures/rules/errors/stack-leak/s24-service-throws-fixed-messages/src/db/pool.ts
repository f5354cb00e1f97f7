import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export function db(): Pool {
  return pool;
}
