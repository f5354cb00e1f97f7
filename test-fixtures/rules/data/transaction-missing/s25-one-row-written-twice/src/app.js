const express = require('express');
const { prisma } = require('./db');
const { saveNote, markNote, score } = require('./notes.service');

const app = express();
app.use(express.json());

// the note is made by a helper that returns it, then marked by its id: one row written twice
app.post('/notes', async (req, res) => {
  const note = await saveNote(req.body.authorId, req.body.text);
  const delivered = await markNote(note.id, 'DELIVERED');
  res.status(201).json(delivered);
});

// made, then completed with a value computed from it: one row
app.post('/drafts', async (req, res) => {
  const draft = await prisma.note.create({ data: { authorId: req.body.authorId, text: req.body.text } });
  const done = await prisma.note.update({ where: { id: draft.id }, data: { score: score(draft.text) } });
  res.status(201).json(done);
});

// two updates of the same row by the same key
app.patch('/notes/:id/priority', async (req, res) => {
  const note = await prisma.note.update({ where: { id: req.params.id }, data: { priority: req.body.priority } });
  await prisma.note.update({ where: { id: req.params.id }, data: { history: `priority set to ${req.body.priority}` } });
  res.json(note);
});

// a note and its author's counter: two rows
app.post('/notes/counted', async (req, res) => {
  const note = await prisma.note.create({ data: { authorId: req.body.authorId, text: req.body.text } }); // expect: data/transaction-missing
  await prisma.author.update({ where: { id: req.body.authorId }, data: { notes: { increment: 1 } } });
  res.status(201).json(note);
});

// two different notes updated
app.post('/notes/swap', async (req, res) => {
  await prisma.note.update({ where: { id: req.body.first }, data: { position: 2 } }); // expect: data/transaction-missing
  await prisma.note.update({ where: { id: req.body.second }, data: { position: 1 } });
  res.status(204).end();
});

app.listen(3000);
