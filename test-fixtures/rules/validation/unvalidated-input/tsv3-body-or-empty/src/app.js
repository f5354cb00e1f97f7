import express from 'express';
import Database from 'better-sqlite3';

const db = new Database('accounts.sqlite');
const app = express();
app.use(express.json());

// the body is only taken apart field by field, and each field is a bound key
app.post('/access/transfer', (req, res) => {
  const input = req.body || {};
  const file = findFile(input.fileId);
  if (!file) return res.status(404).send({ reason: 'file-not-found' });
  if (!input.newOwnerId) return res.status(400).send({ reason: 'owner-required' });
  const owner = findUser(input.newOwnerId);
  if (!owner) return res.status(400).send({ reason: 'owner-not-found' });
  db.prepare('UPDATE files SET owner = ? WHERE id = ?').run(owner.id, file.id);
  res.send({ status: 'ok' });
});

// a field of the same shape is written as a value
app.post('/files/rename', (req, res) => {
  const { fileId, name } = req.body || {}; // expect: validation/unvalidated-input
  db.prepare('UPDATE files SET name = ? WHERE id = ?').run(name, fileId);
  res.send({ status: 'ok' });
});

// the whole body handed on keeps its whole read
app.post('/files/import', (req, res) => {
  const input = req.body || {}; // expect: validation/unvalidated-input
  importFile(input);
  res.send({ status: 'ok' });
});

// the whole body is kept through an assignment from its local: still a whole read
app.post('/files/meta', (req, res) => {
  const input = req.body || {}; // expect: validation/unvalidated-input
  const file = findFile(input.fileId);
  if (!file) return res.status(404).send({ reason: 'file-not-found' });
  file.meta = input;
  saveMeta(file);
  res.send({ status: 'ok' });
});

function saveMeta(file) {
  db.prepare('UPDATE files SET meta = ? WHERE id = ?').run(JSON.stringify(file.meta), file.id);
}

function findFile(id) {
  return db.prepare('SELECT id FROM files WHERE id = ?').get(id);
}

function findUser(id) {
  return db.prepare('SELECT id FROM users WHERE id = ?').get(id);
}

function importFile(file) {
  db.prepare(`INSERT INTO files (id, name) VALUES ('${file.id}', '${file.name}')`).run();
}

app.listen(5006);
