import { pool, schema } from '../db';

const RETENTION_DAYS = 30;

export async function purgeExpiredSessions(days: number) {
  await pool.query(`DELETE FROM ${schema}.sessions WHERE expires_at < now() - interval '${days} days'`); // expect: injection/sql-raw-query[warning]
}

export async function archiveMonth() {
  const month = new Date().toISOString().slice(0, 7).replace('-', '_');
  const table = 'audit_' + month;
  await pool.query(`CREATE TABLE IF NOT EXISTS ${table} (LIKE audit_log INCLUDING ALL)`); // expect: injection/sql-raw-query[warning]
}

export function scheduleCleanup() {
  setInterval(() => void purgeExpiredSessions(RETENTION_DAYS), 60 * 60 * 1000);
  setInterval(() => void archiveMonth(), 24 * 60 * 60 * 1000);
}
