const express = require('express');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// reference rows filled by the seed: the list does not grow with use
app.get('/regions', async (req, res) => {
  res.json(await prisma.region.findMany({ orderBy: { name: 'asc' } }));
});

// shops are added by requests: the list grows
app.post('/shops', async (req, res) => {
  res.status(201).json(await prisma.shop.create({ data: { name: String(req.body.name), regionCode: String(req.body.region) } }));
});

app.get('/shops', async (req, res) => {
  res.json(await prisma.shop.findMany({ orderBy: { name: 'asc' } })); // expect: data/unbounded-list
});

app.listen(5106);
