import { Pool } from 'pg';

const db = new Pool({ connectionString: process.env.DATABASE_URL });

export async function rememberSource(userId: string, source: string) {
  await db.query('INSERT INTO node_prefs (user_id, source) VALUES ($1, $2)', [userId, source]);
}

export async function rememberPrefix(userId: string, prefix: string) {
  await db.query('INSERT INTO node_prefs (user_id, prefix) VALUES ($1, $2)', [userId, prefix]);
}
