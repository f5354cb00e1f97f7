const express = require('express');

const app = express();
app.use(express.json());

// express.raw(): the body is a Buffer of bytes relayed as is, no document a schema could describe
app.put('/blobs/latest', express.raw({ type: '*/*', limit: '5mb' }), async (req, res) => {
  const size = req.body.length;
  await fetch('https://storage.example.com/blobs/latest', { method: 'PUT', body: req.body });
  res.json({ size });
});

// without it the body is the parsed JSON document, relayed unchecked
app.put('/notes/latest', async (req, res) => {
  await fetch('https://storage.example.com/notes/latest', { method: 'PUT', body: JSON.stringify(req.body) }); // expect: validation/unvalidated-input
  res.status(204).end();
});

app.listen(3000);
