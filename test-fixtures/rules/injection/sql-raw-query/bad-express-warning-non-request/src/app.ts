import express from 'express';
import { pool, schema } from './db';
import { scheduleCleanup } from './jobs/cleanup';

const app = express();

// The signed-in user's e-mail comes from their record, not from the request text, but they may edit it: a warning.
// (their id, a key the server assigned, is not reported: s24-signed-in-user-own-ids)
app.get('/sessions', async (req, res) => {
  const { rows } = await pool.query(`SELECT id, expires_at FROM ${schema}.sessions WHERE user_email = '${req.user.email}'`); // expect: injection/sql-raw-query[warning]
  res.json(rows);
});

// The schema name is deployment configuration: fixed by whoever runs the service, so not reported.
app.get('/sessions/:id', async (req, res) => {
  const { rows } = await pool.query(`SELECT id, user_id, expires_at FROM ${schema}.sessions WHERE id = $1`, [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: 'Not found' });
  res.json(rows[0]);
});

scheduleCleanup();
app.listen(3000);
