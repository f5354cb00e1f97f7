const express = require('express');
const jwt = require('jsonwebtoken');
const { renderCard, styles } = require('./card');

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

// renders a picture of the dishes sent: the assignments are pen settings on a canvas made for this request
app.post('/cards/render', async (req, res) => {
  const png = await renderCard({ title: String(req.body.title || ''), lines: Array.isArray(req.body.lines) ? req.body.lines.map(String) : [] });
  res.type('image/png').send(png);
});

// changes the card style every later request draws with: shared state, open to anyone
app.post('/cards/style', async (req, res) => { // expect: authn/unauthenticated-mutation
  styles.accent = String(req.body.accent || '#000');
  res.json(styles);
});

app.post('/cards/saved', requireUser, async (req, res) => {
  res.status(201).json({ ok: true, by: req.user.sub });
});

module.exports = app;
