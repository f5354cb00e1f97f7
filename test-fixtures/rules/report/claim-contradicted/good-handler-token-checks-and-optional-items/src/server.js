const express = require('express');
const rateLimit = require('express-rate-limit');
const { identify } = require('./auth');
const notes = require('./notes');

const app = express();
app.use(express.json({ limit: '100kb' }));
app.use(rateLimit({ windowMs: 60 * 1000, limit: 100, standardHeaders: true }));

app.get('/api/notes', async (req, res) => {
  const user = await identify(req.headers.authorization);
  if (!user) return res.status(401).json({ error: 'Unauthorized' });
  res.json(await notes.list(user.id));
});

app.post('/api/notes', async (req, res) => {
  const user = await identify(req.headers.authorization);
  if (!user) return res.status(401).json({ error: 'Unauthorized' });
  const note = await notes.add(user.id, String(req.body.text || '').slice(0, 2000));
  res.status(201).json(note);
});

app.delete('/api/notes/:id', async (req, res) => {
  const user = await identify(req.headers.authorization);
  if (!user) return res.status(401).json({ error: 'Unauthorized' });
  await notes.remove(user.id, req.params.id);
  res.status(204).end();
});

app.listen(Number(process.env.PORT) || 3000);
