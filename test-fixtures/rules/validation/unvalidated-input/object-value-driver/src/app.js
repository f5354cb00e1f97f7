const express = require('express');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// a bound lookup, but ?email[x]=1 arrives as an object, which mysql2's query writes into the SQL as `x` = 1
app.get('/members/by-email', async (req, res) => {
  const [rows] = await pool.query('SELECT id, name FROM members WHERE email = ?', [req.query.email]); // expect: validation/unvalidated-input
  res.json(rows);
});

// the same with a type check first: nothing to report
app.get('/members/by-nick', async (req, res) => {
  if (typeof req.query.nick !== 'string' || req.query.nick.length > 40) return res.status(400).json({ error: 'nick' });
  const [rows] = await pool.execute('SELECT id, name FROM members WHERE nick = ?', [req.query.nick]);
  res.json(rows);
});

// a prepared statement (execute) sends an object as its JSON text, a value like any other: only a lookup value
app.get('/members/by-handle', async (req, res) => {
  const [rows] = await pool.execute('SELECT id, name FROM members WHERE handle = ?', [req.query.handle]);
  res.json(rows);
});

app.listen(3000);
