import { Pool } from 'pg';

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const BATCH_SIZE = 500;

// one multi-row INSERT per chunk of 500 recipients
export async function storeReceipts(alertId: string, userIds: string[]) {
  for (let i = 0; i < userIds.length; i += BATCH_SIZE) {
    const chunk = userIds.slice(i, i + BATCH_SIZE);
    const values = chunk.map((_, k) => `($1, $${k + 2})`).join(', ');
    await db.query(`INSERT INTO receipts (alert_id, user_id) VALUES ${values}`, [alertId, ...chunk]);
  }
}

// each pending migration in a transaction of its own, its bookkeeping row with it
async function applyOne(m: { version: string; sql: string }) {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query(m.sql);
    await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

export async function migrateAll(pending: Array<{ version: string; sql: string }>) {
  for (const m of pending) await applyOne(m);
}

// one row per recipient, one statement each
export async function storeReceiptsOneByOne(alertId: string, userIds: string[]) {
  for (let i = 0; i < userIds.length; i++) {
    await db.query('INSERT INTO receipts (alert_id, user_id) VALUES ($1, $2)', [alertId, userIds[i]]); // expect: data/query-in-loop
  }
}
