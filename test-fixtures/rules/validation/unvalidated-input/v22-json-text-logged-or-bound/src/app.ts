import express from 'express';
import { Pool } from 'pg';
import { recordEvent } from './audit';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const db = drizzle(pool);
const app = express();
app.use(express.json());

// the path id is a bound value, then JSON text of an audit record (kept as sent)
app.post('/tasks/:id/touch', async (req, res) => {
  const { id } = req.params; // expect: validation/unvalidated-input
  const { rowCount } = await pool.query('UPDATE tasks SET touched_at = NOW() WHERE id = $1', [id]);
  await recordEvent({ action: 'task_touched', details: { taskId: id } });
  res.json({ touched: rowCount });
});

// the device fingerprint is a bound SELECT value, then printed in a log line as JSON
app.post('/devices/claim', async (req, res) => {
  const { fingerprint } = req.body;
  if (!fingerprint) return res.status(400).json({ error: 'fingerprint required' });
  const { rows } = await pool.query('SELECT id FROM devices WHERE fingerprint = $1', [fingerprint]);
  console.log(`[claim] ${JSON.stringify({ fingerprint, found: rows.length })}`);
  res.json({ found: rows.length });
});

// the JSON text goes to another service
app.post('/tasks/:id/notify', async (req, res) => {
  const { id } = req.params; // expect: validation/unvalidated-input
  await fetch(process.env.HOOK_URL as string, { method: 'POST', body: JSON.stringify({ taskId: id }) });
  res.status(202).end();
});

// the label's JSON text is kept in the record's tag list
app.post('/devices/:id/tags', async (req, res) => {
  const { label } = req.body; // expect: validation/unvalidated-input
  await db.execute(sql`UPDATE devices SET tags = tags || ${JSON.stringify([label])}::jsonb WHERE id = ${req.params.id}`);
  res.status(204).end();
});

app.listen(3000);
