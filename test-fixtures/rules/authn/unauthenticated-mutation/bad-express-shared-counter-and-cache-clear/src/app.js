const express = require('express');
const jwt = require('jsonwebtoken');
const { countViews, dropQuotes } = require('./counters');

const app = express();
app.use(express.json());

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').replace('Bearer ', ''), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}

// += inside a callback on a module-level variable: state every request shares
app.post('/views', (req, res) => { // expect: authn/unauthenticated-mutation
  res.json({ total: countViews(Array.isArray(req.body.pages) ? req.body.pages : []) });
});

// emptying a cache is a change anyone could repeat
app.delete('/quotes/cache', (req, res) => { // expect: authn/unauthenticated-mutation
  dropQuotes();
  res.status(204).end();
});

app.get('/me', requireUser, (req, res) => res.json(req.user));

module.exports = app;
