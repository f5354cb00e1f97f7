import express from 'express';
import Database from 'better-sqlite3';

const db = new Database('prompts.db');
const app = express();
app.use(express.json());

// the path value only fills a ? of a prepared statement: better-sqlite3 binds it
app.get('/prompts/kind/:kind', (req, res) => {
  const { kind } = req.params;
  res.json(db.prepare('SELECT id, name FROM prompts WHERE kind = ? ORDER BY name').all(kind));
});

app.get('/prompts/:id', (req, res) => {
  const row = db.prepare('SELECT * FROM prompts WHERE id = ?').get(req.params.id);
  if (!row) return res.status(404).json({ error: 'not found' });
  res.json(row);
});

// the path value is spliced into the SQL text instead
app.get('/prompts/sorted/:column', (req, res) => {
  res.json(db.prepare(`SELECT id, name FROM prompts ORDER BY ${req.params.column}`).all()); // expect: validation/unvalidated-input
});

app.listen(3000);
