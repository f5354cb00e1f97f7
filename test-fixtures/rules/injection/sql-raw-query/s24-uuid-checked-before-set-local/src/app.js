const express = require('express');
const jwt = require('jsonwebtoken');
const { asVisitor, inTransaction, asRole } = require('./tenant');

const app = express();

app.use((req, res, next) => {
  try {
    const claims = jwt.verify(String(req.headers.authorization || '').replace('Bearer ', ''), process.env.JWT_SECRET);
    res.locals.visitorId = claims.sub;
    res.locals.role = claims.role;
    next();
  } catch {
    res.status(401).end();
  }
});

app.get('/reports', async (req, res) => {
  const { rows } = await asVisitor(res.locals.visitorId, 'SELECT id, title FROM reports ORDER BY id', []);
  res.json(rows);
});

app.post('/reports/:id/seen', async (req, res) => {
  await inTransaction(res.locals.visitorId, (c) => c.query('UPDATE reports SET seen = seen + 1 WHERE id = $1', [req.params.id]));
  res.status(204).end();
});

app.get('/audit', async (req, res) => {
  const { rows } = await asRole(res.locals.role, 'SELECT * FROM audit_log');
  res.json(rows);
});

app.listen(3000);
