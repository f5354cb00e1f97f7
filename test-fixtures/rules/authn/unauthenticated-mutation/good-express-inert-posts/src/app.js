const express = require('express');
const jwt = require('jsonwebtoken');
const pino = require('pino');

const log = pino();
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

const PRICES = { slate: 42, oak: 57 };

// a quote computed from the body by a project function: it reads, computes and answers
function priceFor(kind, squareMetres) {
  const unit = PRICES[kind] ?? 0;
  const total = Math.round(unit * Number(squareMetres) * 100) / 100;
  const cents = BigInt(Math.round(total * 100));
  return { unit, total, cents: cents.toString() };
}

// POST used as a calculator: nothing is stored, every call builds the answer, logs or computes
app.post('/quotes', (req, res) => {
  const { kind, area } = req.body;
  const quote = priceFor(String(kind).toLowerCase(), area);
  log.info('quote', quote.total);
  res.json(quote);
});

// an echo for clients testing their payloads, answered to the caller's origin
app.post('/echo', (req, res) => {
  res.header('Access-Control-Allow-Origin', req.get('origin'));
  res.status(200).json({ received: req.body });
});

// a score of a text, computed in the handler
app.post('/score', (req, res) => {
  const words = String(req.body.text ?? '').trim().split(/\s+/).filter((w) => w.length > 0);
  const local = { words: words.length };
  local.long = words.filter((w) => w.length > 7).length;
  res.json(local);
});

app.delete('/tiles/:id', requireToken, (req, res) => res.status(204).end());

app.listen(3000);
