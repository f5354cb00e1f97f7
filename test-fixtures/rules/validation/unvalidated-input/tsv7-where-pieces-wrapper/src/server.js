const express = require('express');
const { run } = require('./db');

const app = express();

// the filter grows piece by piece, each piece with its placeholder and its value pushed beside it; the count
// statement reuses the clause without the paging values
app.get('/bookings', async (req, res) => {
  const size = parseInt(req.query.size) || 25;
  const skip = parseInt(req.query.skip) || 0;
  const state = req.query.state;
  let filter = 'WHERE b.venue_id = ?';
  const values = [req.user.venueId];
  if (state) {
    filter += ' AND b.state = ?';
    values.push(state);
  }
  values.push(size);
  values.push(skip);
  const rows = await run(`SELECT b.id, b.state, b.starts_at FROM bookings b ${filter} ORDER BY b.starts_at LIMIT ? OFFSET ?`, values);
  const total = await run(`SELECT COUNT(*) AS n FROM bookings b ${filter.replace('ORDER BY', '')}`, values.slice(0, -2));
  res.json({ items: rows.rows, total: total.rows[0].n });
});

// the same value spliced into the clause text: reported
app.get('/bookings/export', async (req, res) => {
  const state = req.query.state; // expect: validation/unvalidated-input
  let filter = 'WHERE b.venue_id = ?';
  if (state) filter += ` AND b.state = '${state}'`;
  const rows = await run(`SELECT b.id FROM bookings b ${filter}`, [req.user.venueId]);
  res.json(rows.rows);
});

app.listen(3000);
