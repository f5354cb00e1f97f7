const express = require('express');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const app = express();
app.use(express.json({ limit: '2mb' }));
const UPLOADS = path.join(__dirname, 'uploads');

// the extension comes from the declared content type: one element of a split on '/' holds no separator,
// and it follows a generated name, so the file stays inside the uploads folder
app.post('/avatars', (req, res) => {
  const type = String(req.body.contentType || 'image/png');
  const name = `${crypto.randomUUID()}.${type.split('/')[1]}`;
  fs.writeFile(path.join(UPLOADS, name), Buffer.from(String(req.body.data || ''), 'base64'), (err) => {
    if (err) return res.status(500).json({ error: 'could not store the avatar' });
    res.status(201).json({ name });
  });
});

// the last segment of a client path, like path.basename
app.get('/avatars/:ref', (req, res) => {
  const file = String(req.query.from || req.params.ref).split('/').pop();
  res.sendFile(path.join(UPLOADS, file));
});

module.exports = app;
app.listen(3000);
