const express = require('express');
const { query } = require('./db');

const app = express();
app.use(express.json());

// the event must exist and belong to the caller (403 otherwise) before seats are added to it
app.post('/seats', async (req, res) => {
  const { eventId, label } = req.body;
  if (!eventId || typeof label !== 'string' || label.length > 40) return res.status(400).json({ error: 'eventId and label' });
  const owned = await query('SELECT id FROM events WHERE id = $1 AND owner_id = $2', [eventId, req.user.id]);
  if (owned.rows.length === 0) return res.status(403).json({ error: 'not your event' });
  await query('INSERT INTO seats (event_id, label) VALUES ($1, $2)', [eventId, label]);
  res.status(201).json({ ok: true });
});

// a missing hall answers 404
app.post('/halls/close', async (req, res) => {
  const { hall_id } = req.body;
  if (!hall_id) return res.status(400).json({ error: 'hall_id' });
  const found = await query('SELECT * FROM halls WHERE id = $1', [hall_id]);
  if (found.rows.length === 0) return res.status(404).json({ error: 'no hall' });
  await query('UPDATE halls SET closed = true WHERE id = $1', [hall_id]);
  await query('INSERT INTO hall_log (hall_id, note) VALUES ($1, $2)', [hall_id, 'closed']);
  res.json({ ok: true });
});

// looked up, but a miss goes on: the id is stored as it came
app.post('/seats/quick', async (req, res) => {
  const { eventId, label } = req.body; // expect: validation/unvalidated-input
  if (typeof label !== 'string') return res.status(400).json({ error: 'label' });
  const found = await query('SELECT id FROM events WHERE id = $1', [eventId]);
  console.log('event rows', found.rows.length);
  await query('INSERT INTO seats (event_id, label) VALUES ($1, $2)', [eventId, label]);
  res.status(201).json({ ok: true });
});

// the id spliced into the SQL text: no lookup proves anything
app.post('/seats/legacy', async (req, res) => {
  const { eventId, label } = req.body; // expect: validation/unvalidated-input
  if (typeof label !== 'string') return res.status(400).json({ error: 'label' });
  const found = await query('SELECT id FROM events WHERE id = ' + eventId, []);
  if (found.rows.length === 0) return res.status(404).json({ error: 'no event' });
  await query('INSERT INTO seats (event_id, label) VALUES ($1, $2)', [eventId, label]);
  res.status(201).json({ ok: true });
});

// proven to exist, then spliced into SQL text: the lookup says nothing of that text
app.post('/halls/reopen', async (req, res) => {
  const { hall_id } = req.body; // expect: validation/unvalidated-input
  const found = await query('SELECT * FROM halls WHERE id = $1', [hall_id]);
  if (found.rows.length === 0) return res.status(404).json({ error: 'no hall' });
  await query(`UPDATE halls SET closed = false WHERE id = '${hall_id}'`, []);
  res.json({ ok: true });
});

app.listen(3000);
