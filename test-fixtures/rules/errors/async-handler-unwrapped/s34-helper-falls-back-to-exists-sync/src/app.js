const express = require('express');
const fs = require('fs');
const path = require('path');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();
const RUNS = path.resolve(__dirname, '..', 'runs');

// owner check: the database first, the run folder on disk when the database is down; it resolves either way
async function ownsRun(userId, runId) {
  try {
    const { rows } = await pool.query('SELECT 1 FROM runs WHERE id = $1 AND owner_id = $2', [runId, userId]);
    if (rows.length) return true;
  } catch {
    // database unavailable: fall back to the folder
  }
  return fs.existsSync(path.join(RUNS, String(userId), runId));
}

// the same check with no fallback: a database failure rejects
async function ownsRunStrict(userId, runId) {
  const { rows } = await pool.query('SELECT 1 FROM runs WHERE id = $1 AND owner_id = $2', [runId, userId]);
  return rows.length > 0 || fs.existsSync(path.join(RUNS, String(userId), runId));
}

app.get('/api/runs/:runId/status', async (req, res) => {
  if (!(await ownsRun(req.get('x-user-id'), req.params.runId))) return res.status(404).json({ error: 'Run not found' });
  res.json({ status: 'done' });
});

app.get('/api/runs/:runId/files', async (req, res) => { // expect: errors/async-handler-unwrapped
  if (!(await ownsRunStrict(req.get('x-user-id'), req.params.runId))) return res.status(404).json({ error: 'Run not found' });
  res.json({ files: [] });
});

app.listen(3000);
