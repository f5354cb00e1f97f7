const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();
const router = express.Router();

// the period only picks a start date among fixed ones (default: the epoch); the map entry bumped below holds a count
router.get('/stats', async (req, res) => {
  const period = req.query.window || 'month';
  const end = new Date();
  let start;
  switch (period) {
    case 'week':
      start = new Date(end.getTime() - 7 * 86400000);
      break;
    case 'month':
      start = new Date(end.getTime() - 30 * 86400000);
      break;
    default:
      start = new Date(0);
  }
  const { rows } = await pool.query('SELECT day, kind FROM events WHERE at >= $1', [start]);
  const perDay = new Map();
  rows.forEach((row) => {
    if (!perDay.has(row.day)) perDay.set(row.day, { day: row.day, total: 0 });
    perDay.get(row.day).total = perDay.get(row.day).total + 1;
  });
  res.json({ days: Array.from(perDay.values()) });
});

// the same switch, but the chosen period is also written onto the answer's summary object as it came
router.get('/stats/labelled', async (req, res) => {
  const period = req.query.window || 'month'; // expect: validation/unvalidated-input
  const summary = { since: null };
  switch (period) {
    case 'week':
      summary.since = new Date(Date.now() - 7 * 86400000);
      break;
    default:
      summary.since = new Date(0);
  }
  summary.label = period;
  await pool.query('INSERT INTO views (label) VALUES ($1)', [summary.label]);
  res.json(summary);
});

app.use('/api', router);
app.listen(3000);
