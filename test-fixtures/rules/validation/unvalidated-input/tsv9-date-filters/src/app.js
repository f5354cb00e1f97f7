const express = require('express');
const { PrismaClient } = require('@prisma/client');
const { pool } = require('./db');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// the dates become Date values before they filter anything: an object or junk becomes Invalid Date
app.get('/events', async (req, res) => {
  const { from, to } = req.query;
  const events = await prisma.event.findMany({
    where: { createdAt: { gte: new Date(from || 0), lte: to ? new Date(to) : new Date() } },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  res.json(events);
});

// the same through pg, formatted first
app.get('/sales', async (req, res) => {
  const start = new Date(req.query.start).toISOString().slice(0, 10);
  const { rows } = await pool.query('SELECT day, total FROM sales WHERE day >= $1 ORDER BY day', [start]);
  res.json(rows);
});

// a day cut from the date's ISO text, the default a month back
app.get('/sales/daily', async (req, res) => {
  const { from } = req.query;
  const since = from ? new Date(from) : new Date();
  if (!from) since.setDate(since.getDate() - 30);
  const day = since.toISOString().split('T')[0];
  const { rows } = await pool.query('SELECT day, total FROM sales WHERE day >= $1 ORDER BY day', [day]);
  res.json(rows);
});

// the raw text spliced into the SQL: no conversion on the way
app.get('/sales/raw', async (req, res) => {
  const start = req.query.start; // expect: validation/unvalidated-input
  const { rows } = await pool.query(`SELECT day, total FROM sales WHERE day >= '${start}'`);
  res.json(rows);
});

// converted for the filter, but also stored as it came
app.post('/reports', async (req, res) => {
  const { since, title } = req.body; // expect: validation/unvalidated-input
  const count = await prisma.event.count({ where: { createdAt: { gte: new Date(since) } } });
  const report = await prisma.report.create({ data: { since, title, count } });
  res.status(201).json(report);
});

app.listen(3000);
