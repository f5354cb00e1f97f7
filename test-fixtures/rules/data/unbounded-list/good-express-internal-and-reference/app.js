const express = require('express');
const { pool, Event } = require('./db');

const app = express();

// the ids of one organiser's events, used only to check that the caller may read the asked-for event
async function eventIdsOf(organiser) {
  const mine = await Event.find({ organiser }).select('_id').lean();
  return mine.map((e) => String(e._id));
}

app.get('/attendance', async (req, res) => {
  const allowed = await eventIdsOf(req.query.organiser);
  if (!allowed.includes(String(req.query.event))) return res.status(403).end();
  const page = await Event.find({ _id: req.query.event }).limit(50);
  res.json(page);
});

// units of measure come from the schema's seed data; the app only reads them
app.get('/units', async (req, res) => {
  const { rows } = await pool.query('SELECT code, label FROM units WHERE code = $1', [req.query.code]);
  res.json(rows);
});

app.listen(3000);
