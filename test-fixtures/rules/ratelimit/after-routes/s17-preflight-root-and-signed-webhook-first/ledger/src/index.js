const express = require('express');
const rateLimit = require('express-rate-limit');
const { PrismaClient } = require('@prisma/client');

const db = new PrismaClient();
const app = express();

// the root answers with the latest entries, read from the database, ahead of the limiter
app.get('/', async (_req, res) => {
  res.json(await db.entry.findMany({ take: 20, orderBy: { id: 'desc' } }));
});

app.use(rateLimit({ windowMs: 60_000, limit: 60 })); // expect: ratelimit/after-routes
app.get('/api/entries/:id', async (req, res) => {
  res.json(await db.entry.findUnique({ where: { id: Number(req.params.id) } }));
});

app.listen(5200);
