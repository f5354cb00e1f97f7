// Member listings whose SQL is put together from clauses: a LIMIT clause built beside the query bounds it; one that
// only a query flag adds does not.
const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

app.get('/members', async (req, res) => {
  const params = [];
  let where = '';
  if (req.query.team) {
    params.push(String(req.query.team));
    where = `WHERE team = $${params.length}`;
  }
  const size = Math.min(Number(req.query.size) || 20, 100);
  params.push(size, (Math.max(Number(req.query.page) || 1, 1) - 1) * size);
  const limitClause = `LIMIT $${params.length - 1} OFFSET $${params.length}`;
  const sql = `SELECT id, name FROM members ${where} ORDER BY id ${limitClause}`;
  const { rows } = await pool.query(sql, params);
  res.json(rows);
});

app.get('/members/export', async (req, res) => {
  const paging = req.query.size ? `LIMIT ${Number(req.query.size)}` : '';
  const sql = `SELECT id, name, email FROM members ORDER BY id ${paging}`;
  const { rows } = await pool.query(sql); // expect: data/unbounded-list
  res.json(rows);
});

app.post('/members', async (req, res) => {
  await pool.query('INSERT INTO members (name, email) VALUES ($1, $2)', [String(req.body.name), String(req.body.email)]);
  res.status(201).end();
});

app.listen(3000);
