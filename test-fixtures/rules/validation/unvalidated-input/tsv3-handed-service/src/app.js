import express from 'express';
import Database from 'better-sqlite3';
import { FileStore } from './files.js';

const app = express();
app.use(express.json());
const openDb = () => new Database('files.sqlite');

// the helper calls a method of the store it is handed: the store binds the id
const existing = (id, store, res) => {
  try {
    return store.get(id);
  } catch (e) {
    res.status(400).send({ reason: 'file-not-found' });
    return null;
  }
};

const named = (name, store) => store.find(name);

app.post('/user-get-key', (req, res) => {
  const { fileId } = req.body;
  const file = existing(fileId, new FileStore(openDb()), res);
  if (!file) return;
  res.send({ salt: file.salt });
});

app.post('/user-find', (req, res) => {
  const { name } = req.body; // expect: validation/unvalidated-input
  const file = named(name, new FileStore(openDb()));
  res.send({ id: file ? file.id : null });
});

app.listen(5006);
