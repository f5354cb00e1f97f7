const express = require('express');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// the carousel an editor arranges by hand
app.get('/banners', async (req, res) => {
  const banners = await prisma.banner.findMany({ where: { isActive: true }, orderBy: { sortOrder: 'asc' } });
  res.json(banners);
});

app.get('/menu', async (req, res) => {
  const entries = await prisma.menuEntry.findMany({ orderBy: [{ displayOrder: 'asc' }, { label: 'asc' }] });
  res.json(entries);
});

// every review ever written, newest first
app.get('/reviews', async (req, res) => {
  const reviews = await prisma.review.findMany({ orderBy: { createdAt: 'desc' } }); // expect: data/unbounded-list
  res.json(reviews);
});

app.post('/banners', async (req, res) => {
  const b = await prisma.banner.create({ data: { title: String(req.body.title), sortOrder: Number(req.body.sortOrder) } });
  res.status(201).json(b);
});

app.post('/menu', async (req, res) => {
  const m = await prisma.menuEntry.create({ data: { label: String(req.body.label), displayOrder: Number(req.body.displayOrder) } });
  res.status(201).json(m);
});

app.post('/reviews', async (req, res) => {
  const r = await prisma.review.create({ data: { text: String(req.body.text) } });
  res.status(201).json(r);
});

app.listen(3000);
