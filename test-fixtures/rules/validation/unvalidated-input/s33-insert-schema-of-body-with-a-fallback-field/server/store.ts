import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function saveFolder(data: { name: string; userId: string; parentId?: number | null }) {
  const { rows } = await pool.query('INSERT INTO folders (name, user_id, parent_id) VALUES ($1, $2, $3) RETURNING *', [data.name, data.userId, data.parentId ?? null]);
  return rows[0];
}

export async function moveFolder(name: string, targetId: unknown) {
  await pool.query('UPDATE folders SET parent_id = $1 WHERE name = $2', [targetId, name]);
}
