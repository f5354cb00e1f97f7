const express = require('express');
const fs = require('node:fs/promises');
const path = require('node:path');

const app = express();
app.use(express.raw({ type: 'application/x-vault-blob', limit: '20mb' }));
app.use(express.json());

const blobPath = (id) => path.join('/var/vault', id.replace(/[^a-z0-9-]/gi, ''));

// the client uploads an encrypted blob: the body is a Buffer stored as it came, it has no fields to describe
app.post('/vault/blob', async (req, res) => {
  const id = req.get('x-vault-id');
  if (typeof id !== 'string' || id.length > 64) return res.status(400).send('id required');
  try {
    await fs.writeFile(blobPath(id), req.body);
  } catch (err) {
    console.error('cannot store blob', err);
    return res.status(500).end();
  }
  res.json({ stored: id });
});

// the same parser, but this handler parses the text as a document and uses what it says
app.post('/vault/manifest', async (req, res) => {
  const manifest = JSON.parse(req.body.toString('utf8')); // expect: validation/unvalidated-input
  await fs.writeFile(blobPath(manifest.id), JSON.stringify(manifest.entries));
  res.status(204).end();
});

// a JSON body read field by field
app.post('/vault/rename', async (req, res) => {
  await fs.rename(blobPath(req.body.from), blobPath(req.body.to)); // expect: validation/unvalidated-input
  res.status(204).end();
});

app.listen(8080);
