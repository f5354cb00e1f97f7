const express = require('express');
const jwt = require('jsonwebtoken');
const db = require('./db');
const triage = require('./triage');
const experts = require('./experts');

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

// a preview: classifies the text and answers; the fields it sets belong to the result the engine just built
app.post('/tickets/preview', (req, res) => {
  const result = triage.decide(req.body.text);
  result.previewedAt = Date.now();
  res.json(result);
});

app.use('/experts', experts);

app.delete('/tickets/:id', requireToken, async (req, res) => {
  await db('tickets').where({ id: req.params.id }).del();
  res.status(204).end();
});

app.listen(3000);
