import { Pool } from 'pg';

// an older pool module, replaced by config/db.config.ts; no file imports it
export const legacyPool = new Pool({ connectionString: process.env.LEGACY_DATABASE_URL, ssl: { rejectUnauthorized: false } });

export async function closeLegacy(): Promise<void> {
  await legacyPool.end();
}
