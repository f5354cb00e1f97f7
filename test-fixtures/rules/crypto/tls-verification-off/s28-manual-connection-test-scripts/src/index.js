const express = require('express');
const { Worker } = require('node:worker_threads');
const path = require('node:path');
const { Pool } = require('pg');

// the server's own pool: verification off in production traffic
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } }); // expect: crypto/tls-verification-off

const app = express();
app.get('/health', async (req, res) => {
  await pool.query('select 1');
  res.json({ ok: true });
});
app.post('/exports', (req, res) => {
  const w = new Worker(path.join(__dirname, 'services/worker/scriptWorker.js'));
  w.postMessage({ run: true });
  res.status(202).json({ queued: true });
});
app.listen(3000);
