const express = require('express');
const jwt = require('jsonwebtoken');
const invites = require('./invites');

const app = express();
app.use(express.json());

function requireHost(req, res, next) {
  try {
    req.host = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

app.put('/api/reply/:partyCode/:inviteeCode', (req, res) => {
  try {
    res.json(invites.answer(req.params.partyCode, req.params.inviteeCode, req.body.reply));
  } catch (e) {
    res.status(404).json({ error: e.message });
  }
});

app.patch('/api/invitees/:id', requireHost, (req, res) => {
  invites.rename(req.params.id, req.body.name);
  res.status(204).end();
});

// no code, no host: anyone renames any invitee
app.patch('/api/invitees/:id/name', (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  invites.rename(req.params.id, req.body.name);
  res.status(204).end();
});

module.exports = app;
