const express = require('express');
const fs = require('fs');
const path = require('path');
const Database = require('better-sqlite3');

// one SQLite file per group, created with its schema the first time the group syncs
function groupDb(groupId) {
  const file = path.join(process.env.DATA_DIR || 'data', `${groupId}.sqlite`);
  const fresh = !fs.existsSync(file);
  const db = new Database(file);
  if (fresh) {
    db.exec(fs.readFileSync(path.join(__dirname, 'schema.sql'), 'utf8'));
  }
  return db;
}

const app = express();
app.use(express.json());

app.post('/groups/:id/sync', (req, res) => {
  const db = groupDb(req.params.id);
  const rows = db.prepare('SELECT id, body FROM messages WHERE id > ? LIMIT 100').all(Number(req.body.since) || 0);
  db.close();
  res.json(rows);
});

app.post('/export', (req, res) => {
  const dir = path.join(process.env.DATA_DIR || 'data', 'exports');
  if (fs.existsSync(dir) === false) fs.mkdirSync(dir, { recursive: true });
  res.json({ dir });
});

app.listen(5006);
