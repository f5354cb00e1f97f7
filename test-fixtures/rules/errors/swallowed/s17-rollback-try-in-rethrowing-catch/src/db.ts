import { Pool, PoolClient } from 'pg';

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function inTx<T>(work: (c: PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const out = await work(c);
    await c.query('COMMIT');
    return out;
  } catch (e) {
    // the rollback's own failure is dropped; the original error still reaches the caller below
    try {
      await c.query('ROLLBACK');
    } catch {}
    throw e;
  } finally {
    c.release();
  }
}
