const express = require('express');

const app = express();
app.use(express.json());

// a stub: the body is bound to a local and never used
app.post('/companies', (req, res) => {
  const body = req.body;
  res.status(501).json({ message: 'not implemented' });
});

// the refresh flag is destructured and never read again
app.get('/reports/:day', (req, res) => {
  const { refresh } = req.query;
  res.json({ day: Number(req.params.day) || 0 });
});

// but the same shape whose local is used keeps its finding
app.get('/echo', (req, res) => {
  const { note } = req.query; // expect: validation/unvalidated-input
  res.send(`<p>${note}</p>`);
});

// express.raw(): the body is a Buffer of bytes relayed as is, no document a schema could describe
app.put('/blobs/latest', express.raw({ type: '*/*', limit: '5mb' }), async (req, res) => {
  const size = req.body.length;
  await fetch('https://storage.example.com/blobs/latest', { method: 'PUT', body: req.body });
  res.json({ size });
});

app.listen(3000);
