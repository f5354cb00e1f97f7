const express = require('express');
const { Pool } = require('pg');
const { PrismaClient } = require('@prisma/client');

const pool = new Pool();
const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// requests add rows to both tables read below
app.post('/appointments', async (req, res) => {
  await pool.query('INSERT INTO appointments (clinic_id, start_at) VALUES ($1, $2)', [req.user.clinicId, new Date(String(req.body.startAt))]);
  await prisma.timeEntry.create({ data: { employeeId: req.user.id, date: new Date(), hours: Number(req.body.hours) || 0 } });
  res.status(201).end();
});

function startOfToday() {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d;
}

// today's appointments of the caller's clinic: the code sets both ends of the window
app.get('/appointments/today', async (req, res) => {
  const now = new Date();
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const to = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59);
  const { rows } = await pool.query(
    'SELECT a.* FROM appointments a WHERE a.clinic_id = $1 AND a.start_at >= $2 AND a.start_at <= $3 ORDER BY a.start_at',
    [req.user.clinicId, from, to],
  );
  res.json(rows);
});

// the same query from a date the client sends onwards: as many days as it asks
app.get('/appointments/since', async (req, res) => {
  const { rows } = await pool.query( // expect: data/unbounded-list
    'SELECT a.* FROM appointments a WHERE a.clinic_id = $1 AND a.start_at BETWEEN $2 AND $3 ORDER BY a.start_at',
    [req.user.clinicId, new Date(String(req.query.from)), new Date()],
  );
  res.json(rows);
});

// one employee's entries of today
app.get('/time-entries/today', async (req, res) => {
  res.json(await prisma.timeEntry.findMany({ where: { employeeId: req.user.id, date: startOfToday() } }));
});

// one employee's entries of every day
app.get('/time-entries', async (req, res) => {
  res.json(await prisma.timeEntry.findMany({ where: { employeeId: req.user.id } })); // expect: data/unbounded-list
});

// one calendar month the client picks: the code sets both ends from the same year and month
async function monthOfEntries(year, month) {
  return prisma.timeEntry.findMany({ where: { date: { gte: new Date(year, month - 1, 1), lte: new Date(year, month, 0) } } });
}
app.get('/time-entries/calendar', async (req, res) => {
  res.json(await monthOfEntries(Number(req.query.year), Number(req.query.month)));
});

// the day's window only when the client asks for a day: without it every entry
async function entries(day) {
  const where = {};
  if (day) {
    const start = new Date(day);
    start.setHours(0, 0, 0, 0);
    const end = new Date(day);
    end.setHours(23, 59, 59, 999);
    where.date = { gte: start, lte: end };
  }
  return prisma.timeEntry.findMany({ where }); // expect: data/unbounded-list
}
app.get('/time-entries/by-day', async (req, res) => {
  res.json(await entries(req.query.day ? String(req.query.day) : undefined));
});

// from one month to another the client picks: as many months as it asks
async function monthsOfEntries(fromMonth, toMonth) {
  return prisma.timeEntry.findMany({ where: { date: { gte: new Date(2026, fromMonth - 1, 1), lte: new Date(2026, toMonth, 0) } } }); // expect: data/unbounded-list
}
app.get('/time-entries/months', async (req, res) => {
  res.json(await monthsOfEntries(Number(req.query.from), Number(req.query.to)));
});

app.listen(3000);
