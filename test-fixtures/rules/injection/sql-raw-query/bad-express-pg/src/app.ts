import express from 'express';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// GET /contacts?search=ann
app.get('/contacts', async (req, res) => {
  const { search } = req.query;
  const { rows } = await pool.query(`SELECT id, name, email FROM contacts WHERE name ILIKE '%${search}%' ORDER BY name`); // expect: injection/sql-raw-query
  res.json(rows);
});

app.get('/contacts/:id', async (req, res) => {
  const sql = 'SELECT id, name, email FROM contacts WHERE id = ' + req.params.id;
  const { rows } = await pool.query(sql); // expect: injection/sql-raw-query
  if (rows.length === 0) return res.status(404).json({ error: 'Not found' });
  res.json(rows[0]);
});

app.put('/contacts/:id/tags', async (req, res) => {
  const tag = req.body.tag;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`INSERT INTO contact_tags (contact_id, tag) VALUES (${req.params.id}, '${tag}')`); // expect: injection/sql-raw-query
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
