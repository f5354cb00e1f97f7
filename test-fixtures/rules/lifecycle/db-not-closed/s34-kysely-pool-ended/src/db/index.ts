import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 5 });

// Kysely keeps no connection of its own: db.destroy() only ends this pool
export const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });

export async function closeDatabase() {
  await pool.end();
}
