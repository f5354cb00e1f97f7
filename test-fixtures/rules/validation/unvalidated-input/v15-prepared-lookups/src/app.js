const express = require('express');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// a body id proven by a prepared lookup (mysql2 execute binds an object as JSON text) answered 404 when missing, then stored
app.post('/notes', async (req, res) => {
  const { board_id, text } = req.body;
  if (!board_id) return res.status(400).json({ error: 'board_id' });
  if (!text || text.length > 500) return res.status(400).json({ error: 'text' });
  const conn = await pool.getConnection();
  const [found] = await conn.execute('SELECT id FROM boards WHERE id = ?', [board_id]);
  if (found.length === 0) return res.status(404).json({ error: 'no board' });
  await conn.execute('INSERT INTO notes (board_id, body) VALUES (?, ?)', [board_id, text.trim()]);
  res.json({ ok: true });
});

// the same looked up with query, which expands an object sent in its place into SQL: not proven
app.post('/notes2', async (req, res) => {
  const { board_id, text } = req.body; // expect: validation/unvalidated-input
  if (!text || text.length > 500) return res.status(400).json({ error: 'text' });
  const [found] = await pool.query('SELECT id FROM boards WHERE id = ?', [board_id]);
  if (found.length === 0) return res.status(404).json({ error: 'no board' });
  await pool.execute('INSERT INTO notes (board_id, body) VALUES (?, ?)', [board_id, text.trim()]);
  res.json({ ok: true });
});

// looked up with execute, but a miss goes on: not proven
app.post('/notes3', async (req, res) => {
  const { board_id, text } = req.body; // expect: validation/unvalidated-input
  if (!text || text.length > 500) return res.status(400).json({ error: 'text' });
  const [found] = await pool.execute('SELECT id FROM boards WHERE id = ?', [board_id]);
  console.log(found.length);
  await pool.execute('INSERT INTO notes (board_id, body) VALUES (?, ?)', [board_id, text.trim()]);
  res.json({ ok: true });
});

// only a lookup value of a prepared statement
app.get('/boards/by-owner', async (req, res) => {
  const [rows] = await pool.execute('SELECT id FROM boards WHERE owner = ?', [req.body.owner]);
  res.json(rows);
});

// looked up with execute, then handed to query as well: query expands it
app.get('/boards/by-city', async (req, res) => {
  const [rows] = await pool.execute('SELECT id FROM boards WHERE city = ?', [req.query.city]); // expect: validation/unvalidated-input
  const [more] = await pool.query('SELECT id FROM archived_boards WHERE city = ?', [req.query.city]);
  res.json(rows.concat(more));
});

app.listen(3000);
