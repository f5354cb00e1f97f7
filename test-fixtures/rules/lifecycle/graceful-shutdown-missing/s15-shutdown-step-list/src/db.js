import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export function getPool() {
  return pool;
}

export async function closePool() {
  await pool.end();
}
