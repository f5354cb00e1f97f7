const express = require('express');
const { seal, open, etagOf } = require('./crypto');

const app = express();
app.use(express.json());
app.post('/docs', (req, res) => res.json({ sealed: seal(req.body.text) }));
app.post('/docs/open', (req, res) => {
  const text = open(req.body.sealed);
  res.set('ETag', etagOf(text)).json({ text });
});
app.listen(3000);
