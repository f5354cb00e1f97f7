import { pool } from './db';
import { Code, SyncError } from './errors';

let lastRun: Date | null = null;
let running = false;

// module state, read synchronously
export function syncState() {
  return { running, lastRun };
}

// true when the database answers
export async function databaseUp(): Promise<boolean> {
  try {
    await pool.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

// the driver's message travels inside SyncError
export async function pull(source: string): Promise<number> {
  try {
    running = true;
    const { rowCount } = await pool.query('INSERT INTO mirror SELECT * FROM remote_rows WHERE source = $1', [source]);
    lastRun = new Date();
    return rowCount ?? 0;
  } catch (err: any) {
    if (err instanceof SyncError) throw err;
    throw new SyncError(Code.INTERNAL, err.message);
  } finally {
    running = false;
  }
}

// any failure goes on as it is
export async function purge(source: string): Promise<void> {
  try {
    await pool.query('DELETE FROM mirror WHERE source = $1', [source]);
  } catch (err) {
    console.error('purge failed', err);
    throw err;
  }
}
