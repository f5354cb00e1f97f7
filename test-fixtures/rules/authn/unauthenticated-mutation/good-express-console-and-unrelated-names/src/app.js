const express = require('express');
const jwt = require('jsonwebtoken');
const { PrismaClient } = require('@prisma/client');
const { observe } = require('./interceptor');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

function requireToken(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

// a check sent as POST: validates the settings it is given and says which are wrong; it logs to the console only
app.post('/settings/check', async (req, res) => {
  const problems = [];
  for (const [name, value] of Object.entries(req.body || {})) {
    if (typeof value !== 'string' || value.length === 0) {
      console.error(`invalid setting ${name}`);
      problems.push(name);
    }
  }
  const known = await prisma.setting.findMany({ select: { name: true } });
  res.json({ problems, known: known.map((k) => k.name) });
});

app.post('/mocks/:id/watch', requireToken, (req, res) => {
  observe(req.app.locals.events, req.params.id);
  res.status(202).end();
});

app.listen(3000);
