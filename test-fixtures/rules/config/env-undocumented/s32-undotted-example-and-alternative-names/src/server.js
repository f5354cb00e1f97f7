const express = require('express');
const { Pool } = require('pg');

// either spelling of each database setting is accepted; the example documents the DB_* one
const pool = new Pool({
  host: process.env.DATABASE_HOST || process.env.DB_HOST,
  port: Number(process.env.DATABASE_PORT || process.env.DB_PORT),
  database: process.env.DATABASE_NAME || process.env.DB_NAME,
});

const app = express();
app.get('/api/patients/count', async (req, res) => {
  if (req.headers.authorization !== `Bearer ${process.env.JWT_SECRET}`) return res.sendStatus(401);
  const { rows } = await pool.query('SELECT COUNT(*)::int AS n FROM patients');
  res.json(rows[0]);
});
// the mail relay key is read but no example file names it
app.post('/api/notify', async (req, res) => {
  await fetch('https://relay.example.com/send', { method: 'POST', headers: { 'x-api-key': process.env.MAIL_RELAY_KEY } });
  res.sendStatus(202);
});
app.listen(3000);
