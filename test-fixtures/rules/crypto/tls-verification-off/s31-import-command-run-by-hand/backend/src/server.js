const express = require('express');
const { fork } = require('child_process');
const path = require('path');
const pg = require('pg');

// the server's own pool: certificate checks off
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } }); // expect: crypto/tls-verification-off

const app = express();
app.get('/api/children', async (req, res) => res.json((await pool.query('SELECT id, name FROM children LIMIT 50')).rows));
app.post('/api/reports/:month', (req, res) => {
  // the report worker runs in its own process, given its month on the command line
  fork(path.join(__dirname, 'workers/report-worker.js'), ['--month', req.params.month]);
  res.status(202).end();
});
app.listen(3000);
