const express = require('express');
const store = require('./exports');

const app = express();

// the name is parsed against an anchored pattern and a miss is refused before the file is read
app.get('/exports/:name', async (req, res) => {
  const { name } = req.params;
  if (!name) return res.status(400).json({ error: 'name required' });
  const parts = store.splitName(name);
  if (!parts) return res.status(400).json({ error: 'bad export name' });
  const data = await store.read(name);
  res.type(parts.ext).send(data);
});

// parsed, but a miss goes on: the name reaches the file read whatever it holds
app.get('/archive/:name', async (req, res) => {
  const { name } = req.params; // expect: validation/unvalidated-input
  const parts = store.splitName(name);
  if (!parts) console.warn('odd archive name', name);
  const data = await store.read(name);
  res.send(data);
});

// refused on a miss, but the pattern is not anchored: '../../etc/passwd-<uuid>' matches
app.get('/drafts/:name', async (req, res) => {
  const { name } = req.params; // expect: validation/unvalidated-input
  const draft = store.looseName(name);
  if (!draft) return res.status(400).json({ error: 'bad draft name' });
  const data = await store.read(name);
  res.send(data);
});

app.listen(3000);
