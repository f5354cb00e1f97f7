import Database from 'better-sqlite3';
import express from 'express';
import { z } from 'zod';

const db = new Database('bookmarks.db');
db.pragma('journal_mode = WAL');
db.exec('CREATE TABLE IF NOT EXISTS bookmarks (id INTEGER PRIMARY KEY, url TEXT NOT NULL, title TEXT, tag TEXT)');

const byTag = db.prepare('SELECT id, url, title FROM bookmarks WHERE tag = ?');
const insert = db.prepare('INSERT INTO bookmarks (url, title, tag) VALUES (@url, @title, @tag)');
const remove = db.prepare('DELETE FROM bookmarks WHERE id = ?');
const removeMany = db.transaction((ids: number[]) => {
  for (const id of ids) remove.run(id);
});

const app = express();
app.use(express.json());

app.get('/bookmarks', (req, res) => {
  const { tag } = z.object({ tag: z.string().max(40) }).parse(req.query);
  res.json(byTag.all(tag));
});

app.post('/bookmarks', (req, res) => {
  const input = z.object({ url: z.string().url(), title: z.string().max(200), tag: z.string().max(40) }).parse(req.body);
  const info = insert.run(input);
  res.status(201).json({ id: info.lastInsertRowid });
});

app.delete('/bookmarks', (req, res) => {
  const { ids } = z.object({ ids: z.array(z.number().int().positive()).max(100) }).parse(req.body);
  removeMany(ids);
  res.status(204).end();
});

app.listen(3000);
