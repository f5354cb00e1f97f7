const express = require('express');
const notes = require('./services/notes');

const app = express();
app.use(express.json());

// the service refuses text that is not a short string and a kind off its list, answering { success: false }
app.post('/boards/:id/notes', async (req, res) => {
  const { text, kind } = req.body;
  const result = await notes.addNote(Number(req.params.id), text, kind || 'plain');
  if (!result.success) return res.status(400).json({ error: result.error });
  res.status(201).json({ ok: true });
});

app.put('/boards/:id', async (req, res) => {
  const { title } = req.body; // expect: validation/unvalidated-input
  const result = await notes.rename(Number(req.params.id), title);
  if (!result.success) return res.status(400).json({ error: result.error });
  res.json({ ok: true });
});

app.post('/boards/:id/tags', async (req, res) => {
  const { label } = req.body; // expect: validation/unvalidated-input
  const result = await notes.tag(Number(req.params.id), label);
  if (!result.success) return res.status(400).json({ error: result.error });
  res.json({ ok: true });
});

app.listen(3000);
