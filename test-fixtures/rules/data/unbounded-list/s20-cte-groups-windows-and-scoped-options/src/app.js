const express = require('express');
const { Pool } = require('pg');
const { PrismaClient } = require('@prisma/client');

const pool = new Pool();
const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// requests add rows to every table read below
app.post('/feedback', async (req, res) => {
  await pool.query('INSERT INTO feedback (detector, verdict) VALUES ($1, $2)', [String(req.body.detector), String(req.body.verdict)]);
  await prisma.holiday.create({ data: { classId: String(req.body.classId), day: new Date(String(req.body.day)) } });
  await prisma.member.create({ data: { name: String(req.body.name), tenantId: String(req.body.tenantId) } });
  res.status(201).end();
});

// one row per detector: the common table expressions count per detector, the final select sums per detector
app.get('/feedback/rates', async (req, res) => {
  const { rows } = await pool.query(
    `WITH flagged AS (
       SELECT detector, COUNT(*) AS n FROM feedback WHERE verdict = 'false' GROUP BY detector
     ),
     seen AS (
       SELECT detector, COUNT(*) AS n FROM feedback GROUP BY detector
     )
     SELECT detector, SUM(n) AS total
     FROM (SELECT * FROM flagged UNION ALL SELECT * FROM seen) combined
     GROUP BY detector
     ORDER BY detector`,
  );
  res.json(rows);
});

// a WITH whose final select hands every row back
app.get('/feedback/all', async (req, res) => {
  const { rows } = await pool.query( // expect: data/unbounded-list
    `WITH recent AS (SELECT detector, COUNT(*) AS n FROM feedback GROUP BY detector)
     SELECT f.* FROM feedback f JOIN recent r ON r.detector = f.detector`,
  );
  res.json(rows);
});

// the holidays of one class in the next 30 days: the window is set by the code on both ends
async function upcoming(classId) {
  const until = new Date();
  until.setDate(until.getDate() + 30);
  return prisma.holiday.findMany({ where: { classId, day: { gte: new Date(), lte: until } } });
}
app.get('/holidays/upcoming', async (req, res) => {
  res.json(await upcoming(String(req.query.classId)));
});

// a window whose ends the client chooses is as wide as it asks
async function between(classId, from, to) {
  return prisma.holiday.findMany({ where: { classId, day: { gte: from, lte: to } } }); // expect: data/unbounded-list
}
app.get('/holidays', async (req, res) => {
  res.json(await between(String(req.query.classId), new Date(String(req.query.from)), new Date(String(req.query.to))));
});

// the page size is set on the options, and a scoping helper hands them back with the tenant added
function scoped(user, query) {
  if (user.isAdmin) return query;
  return { ...query, where: { ...query.where, tenantId: user.tenantId } };
}
app.get('/members', async (req, res) => {
  const take = Math.min(Number(req.query.limit) || 50, 100);
  const options = { where: {}, take, skip: Number(req.query.offset) || 0 };
  res.json(await prisma.member.findMany(scoped(req.user, options)));
});

// the same helper handed options without a page size
app.get('/members/all', async (req, res) => {
  res.json(await prisma.member.findMany(scoped(req.user, { where: {} }))); // expect: data/unbounded-list
});

app.listen(3000);
