const express = require('express');
const jwt = require('jsonwebtoken');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();

app.use(async (req, res, next) => {
  try {
    const claims = jwt.verify(String(req.headers.authorization || '').slice(7), process.env.JWT_SECRET);
    const { rows } = await pool.query('SELECT id, company_id, display_name FROM profiles WHERE id = $1', [claims.sub]);
    if (!rows[0]) return res.status(401).end();
    req.user = rows[0];
    next();
  } catch {
    res.status(401).end();
  }
});

// ids of the signed-in user's own record: assigned by the server
app.get('/schedules', async (req, res) => {
  const text = `SELECT s.id, s.due, ${req.user.company_id} AS company_id, '${req.user.id}' AS viewer FROM schedules s WHERE s.company_id = $1`;
  const { rows } = await pool.query(text, [req.user.company_id]);
  res.json(rows);
});

// a display name is text the user edits on their profile
app.get('/schedules/mine', async (req, res) => {
  const text = `SELECT s.id, s.due FROM schedules s WHERE s.owner_name = '${req.user.display_name}'`;
  const { rows } = await pool.query(text); // expect: injection/sql-raw-query
  res.json(rows);
});

app.listen(3000);
