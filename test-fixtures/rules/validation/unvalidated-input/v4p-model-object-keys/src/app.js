const express = require('express');
const prisma = require('./prisma');
const { Note } = require('./note');
const { latestQuotes } = require('./quotes');

const app = express();
app.use(express.json());

// the id only reaches the model's own whole-number check and a where by id
app.delete('/notes/:noteId', async (req, res) => {
  await Note.remove(Number(req.params.noteId));
  res.status(204).end();
});

// path parameters only filter rows (lodash's isEmpty only asks whether the list has items)
app.get('/quotes/:source/:symbol', async (req, res) => {
  const { source, symbol } = req.params;
  res.json(await latestQuotes([{ source, symbol }]));
});

// the path parameter is built into SQL text
app.get('/notes/:noteId/raw', async (req, res) => {
  const rows = await prisma.$queryRawUnsafe(`SELECT * FROM "Note" WHERE id = ${req.params.noteId}`); // expect: validation/unvalidated-input
  res.json(rows);
});

app.listen(3000);
