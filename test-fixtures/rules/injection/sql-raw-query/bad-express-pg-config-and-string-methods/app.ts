import express from 'express';
import { Pool } from 'pg';

const pool = new Pool();
const app = express();

app.get('/users/by-id', async (req, res) => {
  const { rows } = await pool.query({ text: `SELECT * FROM users WHERE id = ${req.query.id}` }); // expect: injection/sql-raw-query
  res.json(rows);
});

app.get('/users/by-name', async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM users WHERE name = '".concat(String(req.query.name), "'")); // expect: injection/sql-raw-query
  res.json(rows);
});

app.get('/users/recent', async (req, res) => {
  const { rows } = await pool.query(`SELECT * FROM users WHERE created_at > '${req.query.since}'`.trim()); // expect: injection/sql-raw-query
  res.json(rows);
});

app.get('/users/by-email', async (req, res) => {
  const { rows } = await pool.query({ text: 'SELECT * FROM users WHERE email = $1', values: [req.query.email] });
  res.json(rows);
});

app.listen(3000);
