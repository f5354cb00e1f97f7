import express from 'express';
import { pool, schema } from './db';
import { scheduleCleanup } from './jobs/cleanup';

const app = express();

app.get('/sessions/:id', async (req, res) => {
  const { rows } = await pool.query(`SELECT id, user_id, expires_at FROM ${schema}.sessions WHERE id = $1`, [req.params.id]); // expect: injection/sql-raw-query[warning]
  if (rows.length === 0) return res.status(404).json({ error: 'Not found' });
  res.json(rows[0]);
});

scheduleCleanup();
app.listen(3000);
