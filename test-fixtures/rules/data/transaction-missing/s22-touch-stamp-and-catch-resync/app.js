const express = require('express');
const { pool } = require('./db');
const { resyncCounter, nextNumber } = require('./counters');

const app = express();
app.use(express.json());

// a reply, then the ticket's last-change time touched: a stale stamp leaves no data half-changed
app.post('/tickets/:id/replies', async (req, res) => {
  const r = await pool.query('INSERT INTO replies (ticket_id, body) VALUES ($1, $2) RETURNING id', [req.params.id, req.body.body]);
  await pool.query('UPDATE tickets SET updated_at = CURRENT_TIMESTAMP WHERE id = $1', [req.params.id]);
  res.status(201).json({ id: r.rows[0].id });
});

// closing sets a state beside the stamp: the reply and the status belong together
app.post('/tickets/:id/close', async (req, res) => {
  await pool.query('INSERT INTO replies (ticket_id, body) VALUES ($1, $2)', [req.params.id, req.body.body]); // expect: data/transaction-missing
  await pool.query("UPDATE tickets SET status = 'closed', updated_at = NOW() WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

// a soft delete is a state, not a stamp
app.delete('/tickets/:id', async (req, res) => {
  await pool.query('DELETE FROM replies WHERE ticket_id = $1', [req.params.id]); // expect: data/transaction-missing
  await pool.query('UPDATE tickets SET deleted_at = NOW() WHERE id = $1', [req.params.id]);
  res.status(204).end();
});

// the counter is resynced only when the insert was refused: the two writes never make one change
app.post('/invoices', async (req, res) => {
  for (let attempt = 0; attempt < 3; attempt++) {
    const n = await nextNumber('invoice');
    try {
      const r = await pool.query('INSERT INTO invoices (seq, total) VALUES ($1, $2) RETURNING id', [n, req.body.total]);
      return res.status(201).json({ id: r.rows[0].id });
    } catch (err) {
      if (err.code === '23505') {
        await resyncCounter('invoice');
        continue;
      }
      throw err;
    }
  }
  res.status(409).end();
});

app.listen(3000);
