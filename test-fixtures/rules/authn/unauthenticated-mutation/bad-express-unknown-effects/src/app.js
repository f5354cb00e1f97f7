const express = require('express');
const jwt = require('jsonwebtoken');
const { publishOrder } = require('./bus');

const app = express();
app.use(express.json());

function requireToken(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).replace('Bearer ', ''), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

let orders = [];
const settings = { currency: 'EUR' };

// a function backcheck cannot read: what it does is unknown, so the route is still reported
app.post('/orders', (req, res) => { // expect: authn/unauthenticated-mutation
  publishOrder(req.body);
  res.status(202).json({ queued: true });
});

// only "pure" calls, but a module variable is reassigned: the order is gone for everyone
app.delete('/orders/:id', (req, res) => { // expect: authn/unauthenticated-mutation
  orders = orders.filter((o) => o.id !== req.params.id);
  res.status(204).end();
});

// a record the module holds, changed through a member
app.post('/orders/:id/paid', (req, res) => { // expect: authn/unauthenticated-mutation
  const order = orders.find((o) => o.id === req.params.id);
  order.paid = true;
  res.json(order);
});

// Object.assign changes the shared settings
app.patch('/settings', (req, res) => { // expect: authn/unauthenticated-mutation
  Object.assign(settings, req.body);
  res.json(settings);
});

// a chain of project functions deeper than backcheck follows: the last one is not read
function stepOne(x) { return stepTwo(x); }
function stepTwo(x) { return stepThree(x); }
function stepThree(x) { return stepFour(x); }
function stepFour(x) { return stepFive(x); }
function stepFive(x) { return stepSix(x); }
function stepSix(x) { return stepSeven(x); }
function stepSeven(x) { return String(x).trim(); }
app.post('/imports', (req, res) => res.json({ name: stepOne(req.body.name) })); // expect: authn/unauthenticated-mutation

// only a module variable is changed, with no call at all
let lastReset = 0;
app.post('/counters/reset', (req, res) => { // expect: authn/unauthenticated-mutation
  lastReset = Date.now();
  res.json({ lastReset });
});

app.get('/me', requireToken, (req, res) => res.json(req.user));

app.listen(3000);
