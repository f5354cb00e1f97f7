const express = require('express');
const { PrismaClient, Prisma } = require('@prisma/client');
const { likeSafe } = require('./text');

const prisma = new PrismaClient();
const app = express();

// each ${} of Prisma.sql and of the $queryRaw tag is a bound parameter of a SELECT: the term is a lookup value
app.get('/notes/search', async (req, res) => {
  const term = req.query.term;
  const query = Prisma.sql`SELECT id, title FROM "Note" WHERE title ILIKE ${`%${likeSafe(term)}%`} ORDER BY similarity(title, ${term})`;
  res.json(await prisma.$queryRaw(query));
});

app.get('/notes/by-tag', async (req, res) => {
  const rows = await prisma.$queryRaw`SELECT id FROM "Note" WHERE tag = ${req.query.tag}`;
  res.json(rows);
});

// $queryRawUnsafe takes the text itself: the value is built into SQL
app.get('/notes/sorted', async (req, res) => {
  const rows = await prisma.$queryRawUnsafe(`SELECT id FROM "Note" ORDER BY ${req.query.sort}`); // expect: validation/unvalidated-input
  res.json(rows);
});

app.listen(3000);
