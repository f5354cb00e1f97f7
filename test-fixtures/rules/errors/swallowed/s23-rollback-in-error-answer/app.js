const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();
app.use(express.json());

// the failed update is answered with an error status; only the ROLLBACK's own failure is dropped
app.put('/items/:code', async (req, res) => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const r = await client.query('UPDATE items SET qty = $1 WHERE code = $2 RETURNING *', [req.body.qty, req.params.code]);
    await client.query('COMMIT');
    res.json(r.rows[0]);
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    if (e.code === '23505') {
      res.status(400).json({ error: 'Already exists' });
    } else {
      res.status(500).json({ error: 'Update failed' });
    }
  } finally {
    client.release();
  }
});

// the catch answers success: the stock count's failure is lost with the request's
app.post('/items/:code/count', async (req, res) => {
  try {
    await client0().query('UPDATE items SET counted_at = NOW() WHERE code = $1', [req.params.code]);
    res.json({ ok: true });
  } catch (e) {
    pool.query('INSERT INTO count_failures (code) VALUES ($1)', [req.params.code]).catch(() => {}); // expect: errors/swallowed
    res.json({ ok: true, queued: true });
  }
});

function client0() {
  return pool;
}

app.listen(3000);
