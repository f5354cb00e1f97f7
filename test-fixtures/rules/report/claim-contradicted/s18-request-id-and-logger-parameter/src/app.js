const express = require('express');
const { randomUUID } = require('node:crypto');
const { purgeCache } = require('./cache.ts');

const app = express();
app.use(express.json());

// every request carries an id: the caller's, or a fresh one, echoed on the response
app.use((req, res, next) => {
  const id = req.get('X-Request-ID') || randomUUID();
  res.set('X-Request-ID', id);
  next();
});

app.post('/catalog/refresh', (req, res) => {
  purgeCache({ keys: ['all'] });
  res.status(202).json({ ok: true });
});

app.listen(3000);
