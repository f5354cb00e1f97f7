const express = require('express');
const jwt = require('jsonwebtoken');
const { restock } = require('./stock');

const app = express();
app.use(express.json());

function mustSignIn(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).end();
  }
}

app.get('/stock', mustSignIn, (req, res) => res.json([]));

// four project calls down, a row is updated: still a data change
app.post('/stock/:sku/restock', async (req, res) => { // expect: authn/unauthenticated-mutation
  await restock(req.params.sku, Number(req.body.amount));
  res.status(204).end();
});

app.listen(3000);
