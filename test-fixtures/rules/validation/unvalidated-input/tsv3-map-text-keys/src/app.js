const express = require('express');
const { Pool } = require('pg');
const reminders = require('./reminders');

const pool = new Pool();
const app = express();

app.put('/threads/:id/read', async (req, res) => {
  const found = await pool.query('SELECT id FROM threads WHERE id = $1 AND user_id = $2', [req.params.id, req.user.id]);
  if (!found.rows.length) return res.status(404).json({ error: 'not found' });
  reminders.cancel(req.user.id, req.params.id);
  res.json({ ok: true });
});

app.put('/threads/:id/mute', async (req, res) => {
  const found = await pool.query('SELECT id FROM threads WHERE id = $1 AND user_id = $2', [req.params.id, req.user.id]); // expect: validation/unvalidated-input
  if (!found.rows.length) return res.status(404).json({ error: 'not found' });
  await reminders.cancelStored(req.user.id, req.params.id);
  res.json({ ok: true });
});

app.listen(3000);
