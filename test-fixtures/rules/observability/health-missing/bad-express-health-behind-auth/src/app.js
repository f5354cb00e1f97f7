const express = require('express');
const jwt = require('jsonwebtoken');

function requireToken(req, res, next) {
  try {
    req.user = jwt.verify(req.headers.authorization, process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).end();
  }
}

const app = express(); // expect: observability/health-missing
// a signed-in user's connectivity check, not a probe: an orchestrator sends no token
app.get('/ping', requireToken, (req, res) => res.send('pong'));
app.get('/notes', requireToken, (req, res) => res.json([]));
app.listen(3000);
