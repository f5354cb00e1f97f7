import Database from 'better-sqlite3';
import express from 'express';

const db = new Database('bookmarks.db');
db.pragma('journal_mode = WAL');

const app = express();
app.use(express.json());

app.get('/bookmarks', (req, res) => {
  const { tag } = req.query;
  const rows = db.prepare(`SELECT id, url, title FROM bookmarks WHERE tag = '${tag}'`).all(); // expect: injection/sql-raw-query
  res.json(rows);
});

app.delete('/bookmarks', (req, res) => {
  const ids = (req.body.ids as string[]).join(',');
  db.exec('DELETE FROM bookmarks WHERE id IN (' + ids + ')'); // expect: injection/sql-raw-query
  res.status(204).end();
});

app.listen(3000);
