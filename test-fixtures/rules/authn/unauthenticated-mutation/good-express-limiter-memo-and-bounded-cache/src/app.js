const express = require('express');
const jwt = require('jsonwebtoken');
const { allowIp } = require('./limits');
const { explain } = require('./answers');
const { checkPlan } = require('./plan');
const { partnerDomain } = require('./db');

const app = express();
app.use(express.json());

const trips = [];

function requireDriver(req, res, next) {
  try {
    req.driver = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

// Public price estimate: read-only, throttled per IP.
app.post('/api/estimate', async (req, res) => {
  if (!(await allowIp(req.ip, 20, 60))) return res.status(429).end();
  const km = Number(req.body.km) || 0;
  res.json({ price: 3 + km * 1.2 });
});

// Public explanation of a route: the only state touched is the bounded answer cache.
app.post('/api/explain', (req, res) => {
  res.json({ text: explain(String(req.body.prompt || '')) });
});

// Public plan check: validates the body and answers; writes nothing.
app.post('/api/plans/check', (req, res) => {
  res.json(checkPlan(req.body));
});

// Public check of a student's e-mail domain: a read.
app.post('/api/partners/check', async (req, res) => {
  res.json({ university: await partnerDomain(req.body.email) });
});

// A write other callers see still needs a driver.
app.post('/api/trips/open', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  if (!(await allowIp(req.ip, 20, 60))) return res.status(429).end();
  trips.push({ from: req.body.from, to: req.body.to });
  res.status(201).end();
});

app.post('/api/trips', requireDriver, (req, res) => {
  trips.push({ driver: req.driver.sub, from: req.body.from, to: req.body.to });
  res.status(201).end();
});

module.exports = app;
