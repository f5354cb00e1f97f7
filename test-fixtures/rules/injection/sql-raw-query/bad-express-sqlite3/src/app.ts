import express from 'express';
import sqlite3 from 'sqlite3';

const db = new sqlite3.Database('notes.db');
const app = express();
app.use(express.json());

app.get('/notes', (req, res) => {
  db.all(`SELECT id, title FROM notes WHERE folder = '${req.query.folder}'`, (err, rows) => { // expect: injection/sql-raw-query
    if (err) return res.status(500).json({ error: 'Database error' });
    res.json(rows);
  });
});

app.get('/notes/:id', (req, res) => {
  db.get('SELECT * FROM notes WHERE id = ' + req.params.id, (err, row) => { // expect: injection/sql-raw-query
    if (err) return res.status(500).json({ error: 'Database error' });
    res.json(row ?? null);
  });
});

app.post('/notes', (req, res) => {
  const { title, body } = req.body;
  db.run(`INSERT INTO notes (title, body) VALUES ('${title}', '${body}')`, function (err) { // expect: injection/sql-raw-query
    if (err) return res.status(500).json({ error: 'Database error' });
    res.status(201).json({ id: this.lastID });
  });
});

app.get('/export', (req, res) => {
  res.type('text/csv');
  db.each(`SELECT title, body FROM notes WHERE folder = '${req.query.folder}'`, (_err, row: any) => res.write(`${row.title},${row.body}\n`), () => res.end()); // expect: injection/sql-raw-query
});

app.delete('/folders/:name', (req, res) => {
  db.exec(`DELETE FROM notes WHERE folder = '${req.params.name}'; DELETE FROM folders WHERE name = '${req.params.name}';`, (err) => { // expect: injection/sql-raw-query
    if (err) return res.status(500).json({ error: 'Database error' });
    res.status(204).end();
  });
});

app.listen(3000);
