const express = require('express');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const app = express();
app.use(express.json({ limit: '5mb' }));
const DIR = path.join(__dirname, 'uploads');

// a random name with the extension of the name the client sent: the text after the last dot has no dot of its own
app.post('/files', (req, res) => {
  const ext = req.body.name.split('.').pop();
  const file = path.join(DIR, `${crypto.randomUUID()}.${ext}`);
  fs.writeFileSync(file, Buffer.from(req.body.content, 'base64'));
  res.status(201).json({ file: path.basename(file) });
});

app.post('/images', (req, res) => {
  const name = req.body.name;
  const file = path.join(DIR, Date.now() + name.slice(name.lastIndexOf('.')));
  fs.writeFileSync(file, Buffer.from(req.body.content, 'base64'));
  res.status(201).json({ file: path.basename(file) });
});

// the name's stem (before the dot) keeps every '../' the client wrote
app.post('/notes', (req, res) => {
  const stem = req.body.name.split('.')[0];
  const file = path.join(DIR, `${stem}.txt`);
  fs.writeFileSync(file, String(req.body.text)); // expect: injection/path-traversal
  res.status(201).json({ ok: true });
});

app.listen(3000);
