const express = require('express');
const { searchNotes, searchNotesLoosely } = require('./search');
const { loadSavedFilters } = require('./saved');

const app = express();

app.get('/notes/search', async (req, res) => {
  const filters = await loadSavedFilters(req.user && req.user.id);
  res.json(await searchNotes(String(req.query.q || ''), filters));
});

app.get('/notes/search-loose', async (req, res) => {
  const filters = await loadSavedFilters(req.user && req.user.id);
  res.json(await searchNotesLoosely(String(req.query.q || ''), filters));
});

app.listen(3000);
