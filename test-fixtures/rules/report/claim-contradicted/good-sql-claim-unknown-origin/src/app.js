const express = require('express');
const search = require('./search');

const app = express();

const finders = { notes: search };

app.get('/notes', async (req, res) => {
  const { rows } = await finders.notes.searchColumns(String(req.query.q || ''), ['title', 'body']);
  res.json(rows);
});

app.get('/notes/:id', async (req, res) => {
  const { rows } = await search.pool.query('SELECT * FROM notes WHERE id = $1', [req.params.id]);
  res.json(rows[0] || null);
});

app.listen(3000);
