const express = require('express');
const { Pool } = require('pg');

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// optional filters: each one adds a condition and pushes its value onto the bound list
app.get('/admin/bookings', async (req, res) => {
  const { state, venue } = req.query;
  const values = [];
  let text = 'SELECT id, guest, starts_at FROM bookings WHERE 1=1';
  if (state) {
    values.push(state);
    text += ` AND state = $${values.length}`;
  }
  if (venue) {
    values.push(venue);
    text += ` AND venue_id = $${values.length}`;
  }
  text += ' ORDER BY starts_at DESC';
  const { rows } = await db.query(text, values);
  res.json(rows);
});

// the same list, but the page size is a bound LIMIT the query trusts as it is
app.get('/admin/guests', async (req, res) => {
  const { city, size } = req.query; // expect: validation/unvalidated-input
  const values = [];
  let text = 'SELECT id, name FROM guests WHERE 1=1';
  if (city) {
    values.push(city);
    text += ` AND city = $${values.length}`;
  }
  values.push(size);
  text += ` LIMIT $${values.length}`;
  const { rows } = await db.query(text, values);
  res.json(rows);
});

// pushed, then joined into the SQL text: the values are text of the statement, not bound
app.get('/admin/rooms', async (req, res) => {
  const ids = [];
  ids.push(req.query.room); // expect: validation/unvalidated-input
  const { rows } = await db.query(`SELECT * FROM rooms WHERE id IN (${ids.join(',')})`);
  res.json(rows);
});

// values pushed for an INSERT are stored as sent
app.post('/bookings', async (req, res) => {
  const { guest, note } = req.body; // expect: validation/unvalidated-input
  const values = [];
  let text = 'INSERT INTO bookings (guest, note) VALUES ($1, $2)';
  values.push(guest);
  values.push(note);
  await db.query(text, values);
  res.status(201).end();
});

// a name taken from the path, decoded and trimmed, then bound
app.get('/venues/:slug', async (req, res) => {
  const slug = decodeURIComponent(req.params.slug).trim();
  const { rows } = await db.query('SELECT * FROM venues WHERE slug = $1', [slug]);
  if (!rows.length) return res.status(404).json({ error: 'not found' });
  res.json(rows[0]);
});

// decoded, then built into a file path
app.get('/files/:name', (req, res) => {
  const name = decodeURIComponent(req.params.name); // expect: validation/unvalidated-input
  res.sendFile('/srv/uploads/' + name);
});

app.use('/admin', require('./reports'));

app.listen(3000);
