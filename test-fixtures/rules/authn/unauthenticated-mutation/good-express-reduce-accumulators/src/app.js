'use strict';
const express = require('express');
const jwt = require('jsonwebtoken');
const { Pool } = require('pg');
const { only, byWorker } = require('./shape');

const app = express();
app.use(express.json());
const pool = new Pool();

function signedIn(req, res, next) {
  try {
    req.account = jwt.verify(String(req.headers.authorization || '').slice(7), process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).end();
  }
}

app.post('/shifts', signedIn, async (req, res) => {
  await pool.query('INSERT INTO shifts (worker, hours) VALUES ($1, $2)', [req.account.sub, Number(req.body.hours)]);
  res.status(201).end();
});

// a report over a filter the client posts: rows are read and grouped in memory
app.post('/reports/rota', async (req, res) => {
  const filter = only(req.body, ['from', 'to']);
  const { rows } = await pool.query('SELECT worker, hours FROM shifts WHERE day BETWEEN $1 AND $2', [String(filter.from), String(filter.to)]);
  res.json(Object.values(byWorker(rows)));
});

app.listen(3000);
