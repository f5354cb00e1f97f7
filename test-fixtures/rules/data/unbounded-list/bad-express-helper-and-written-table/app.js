const express = require('express');
const { pool, Event } = require('./db');

const app = express();
app.use(express.json());

// the helper's rows are the answer of the route that calls it
async function eventsOf(organiser) {
  const mine = await Event.find({ organiser }).lean(); // expect: data/unbounded-list
  return mine.map((e) => ({ id: String(e._id), name: e.name }));
}

app.get('/events', async (req, res) => {
  res.json(await eventsOf(req.query.organiser));
});

// the app adds tags, so one owner's list grows with use
app.get('/tags', async (req, res) => {
  const { rows } = await pool.query('SELECT id, label FROM tags WHERE owner = $1', [req.query.owner]); // expect: data/unbounded-list
  res.json(rows);
});

app.post('/tags', async (req, res) => {
  await pool.query('INSERT INTO tags (owner, label) VALUES ($1, $2)', [req.body.owner, req.body.label]);
  res.status(201).end();
});

app.listen(3000);
