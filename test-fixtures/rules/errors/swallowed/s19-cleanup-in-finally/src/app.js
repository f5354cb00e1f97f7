const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

// the session setting is put back in the finally before the client goes back to the pool: its own failure must not
// hide the report's result or error
async function withTimeout(work) {
  const client = await pool.connect();
  try {
    await client.query('SET statement_timeout = 10000');
    return await work(client);
  } finally {
    await client.query('RESET statement_timeout').catch(() => {});
    client.release();
  }
}

app.get('/reports/daily', async (req, res) => {
  const rows = await withTimeout((c) => c.query('SELECT day, count(*) FROM events GROUP BY day'));
  res.json(rows.rows);
});

// the same call dropped in the body of the work: the report goes on as if the setting had been made
app.get('/reports/weekly', async (req, res) => {
  const client = await pool.connect();
  try {
    await client.query('SET statement_timeout = 10000').catch(() => {}); // expect: errors/swallowed
    const r = await client.query('SELECT week, count(*) FROM events GROUP BY week');
    res.json(r.rows);
  } finally {
    client.release();
  }
});

app.listen(3000);
