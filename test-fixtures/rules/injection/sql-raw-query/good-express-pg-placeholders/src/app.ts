import express from 'express';
import { Pool } from 'pg';
import { z } from 'zod';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

const TABLE = 'contacts';
const COLUMNS = 'id, name, email, created_at';
const SELECT_CONTACT = 'SELECT ' + COLUMNS + ' FROM ' + TABLE + ' WHERE id = $1';
const LIST_BY_NAME = `SELECT ${COLUMNS} FROM ${TABLE} WHERE name ILIKE $1 ORDER BY name LIMIT $2`;
const LIST_NEWEST = `SELECT ${COLUMNS} FROM ${TABLE} WHERE name ILIKE $1 ORDER BY created_at DESC LIMIT $2`;

const listQuery = z.object({
  search: z.string().max(100).default(''),
  sort: z.enum(['name', 'newest']).default('name'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

app.get('/contacts', async (req, res) => {
  const { search, sort, limit } = listQuery.parse(req.query);
  const text = sort === 'newest' ? LIST_NEWEST : LIST_BY_NAME;
  const { rows } = await pool.query(text, [`%${search}%`, limit]);
  res.json(rows);
});

app.get('/contacts/:id', async (req, res) => {
  const { id } = z.object({ id: z.coerce.number().int().positive() }).parse(req.params);
  const { rows } = await pool.query(SELECT_CONTACT, [id]);
  const { rows: tags } = await pool.query(`SELECT tag FROM contact_tags WHERE contact_id = $1 ORDER BY tag`, [id]);
  if (rows.length === 0) return res.status(404).json({ error: 'Not found' });
  res.json({ ...rows[0], tags: tags.map((t) => t.tag) });
});

app.put('/contacts/:id/tags', async (req, res) => {
  const { id } = z.object({ id: z.coerce.number().int().positive() }).parse(req.params);
  const { tag } = z.object({ tag: z.string().min(1).max(40) }).parse(req.body);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('INSERT INTO contact_tags (contact_id, tag) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, tag]);
    await client.query({ text: 'UPDATE contacts SET updated_at = now() WHERE id = $1', values: [id] });
    await client.query('COMMIT');
    res.status(204).end();
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
});

app.listen(3000);
