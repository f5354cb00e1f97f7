const express = require('express');
const jwt = require('jsonwebtoken');
const { PrismaClient } = require('@prisma/client');
const { ApiError } = require('./errors');

const db = new PrismaClient();
const app = express();
app.use(express.json());

// reads the token when there is one
app.use((req, res, next) => {
  const header = req.headers.authorization;
  if (header) {
    try {
      req.user = jwt.verify(header.slice(7), process.env.JWT_SECRET);
    } catch (err) {
      req.user = undefined;
    }
  }
  next();
});

// turns away a request without a user, by an error whose status comes from the code table
function signedIn(req, res, next) {
  if (!req.user) throw new ApiError('UNAUTHORIZED', 'sign in first');
  next();
}

function ledgerOwner(req, res, next) {
  if (!req.user) return next(new ApiError('UNAUTHORIZED'));
  if (req.user.role !== 'owner') return next(new ApiError('FORBIDDEN'));
  next();
}

function requireToken(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'UNAUTHORIZED' });
  }
}

app.put('/profile', requireToken, async (req, res) => {
  await db.user.update({ where: { id: req.user.sub }, data: { name: String(req.body.name) } });
  res.json({ ok: true });
});

app.post('/entries', signedIn, async (req, res) => {
  const entry = await db.entry.create({ data: { amount: Number(req.body.amount), userId: req.user.sub } });
  res.status(201).json(entry);
});

app.delete('/entries', ledgerOwner, async (req, res) => {
  await db.entry.deleteMany({});
  res.status(204).end();
});

app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.code }));

app.listen(3000);
