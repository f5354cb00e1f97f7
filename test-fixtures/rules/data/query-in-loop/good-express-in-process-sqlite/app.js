const express = require('express');
const db = require('./db');

const app = express();

// one small query per notebook, run in process on SQLite: no round trip, no pool
app.get('/notebooks', (req, res) => {
  const books = db.all('SELECT id, title FROM notebooks ORDER BY id LIMIT 100', []);
  res.json(books.map((b) => ({ ...b, tags: db.all('SELECT tag FROM tags WHERE notebook_id = ?', [b.id]) })));
});

app.listen(5107);
