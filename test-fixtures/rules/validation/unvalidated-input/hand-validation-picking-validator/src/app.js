const express = require('express');
const mongoose = require('mongoose');
const checks = require('./checks');

const Note = mongoose.model('Note', new mongoose.Schema({ text: String, pinned: Boolean, title: String, ownerId: String }));
const app = express();
app.use(express.json());

app.post('/notes/:id/edit', async (req, res) => {
  const changes = checks.pickNoteChanges(req.body.changes);
  if (!changes) return res.status(400).json({ error: 'invalid changes' });
  const note = await Note.findByIdAndUpdate(req.params.id, { $set: changes }, { new: true });
  if (!note) return res.status(404).end();
  res.json(note);
});

app.post('/notes', async (req, res) => {
  const draft = checks.hasTitle(req.body.draft); // expect: validation/unvalidated-input
  if (!draft) return res.status(400).end();
  res.status(201).json(await Note.create(draft));
});

app.listen(3000);
