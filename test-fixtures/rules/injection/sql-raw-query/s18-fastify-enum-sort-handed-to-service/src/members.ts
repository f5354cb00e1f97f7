import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export interface MemberQuery {
  page?: number;
  orderBy?: string;
  direction?: string;
  term?: string;
}

export async function listMembers(q: MemberQuery) {
  const orderBy = q.orderBy || 'joined_at';
  const direction = q.direction || 'desc';
  const page = q.page || 1;
  const sql = `SELECT id, name FROM members ORDER BY ${orderBy} ${direction.toUpperCase()} LIMIT 20 OFFSET $1`;
  const res = await pool.query(sql, [(page - 1) * 20]);
  return res.rows;
}

export async function searchMembers(q: MemberQuery) {
  const term = q.term || '';
  const res = await pool.query(`SELECT id, name FROM members WHERE name LIKE '%${term}%'`); // expect: injection/sql-raw-query
  return res.rows;
}
