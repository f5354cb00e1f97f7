const express = require('express');
const jwt = require('jsonwebtoken');
const mysql = require('mysql2');

const app = express();
app.use(express.json());
const db = mysql.createPool({ uri: process.env.DATABASE_URL });
const RUNNER = 'https://runner.example.com/api/execute';

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).json({ error: 'unauthorized' });
  }
}

let lastVerdict = '';

// Runs the submitted code against the stored test cases on an outside runner: reads, asks, answers.
app.post('/api/grade', async (req, res) => {
  let failure = '';
  let passed = 0;
  const cases = await new Promise((resolve, reject) => {
    db.query('SELECT input, output FROM cases WHERE task_id = ?', [req.body.taskId], (err, rows) => (err ? reject(err) : resolve(rows)));
  });

  async function runCase(tc) {
    const response = await fetch(RUNNER, { method: 'POST', body: JSON.stringify({ code: req.body.code, stdin: tc.input }) });
    const out = await response.json();
    if (out.stderr) {
      failure = out.stderr;
      return false;
    }
    passed += 1;
    return out.stdout.trim() === tc.output.trim();
  }

  for (const tc of cases) {
    if (!(await runCase(tc))) break;
  }
  res.json({ passed, failure });
});

// The same grading, but the verdict is kept in module state every caller shares.
app.post('/api/grade-shared', async (req, res) => { // expect: authn/unauthenticated-mutation
  const cases = await new Promise((resolve, reject) => {
    db.query('SELECT input, output FROM cases WHERE task_id = ?', [req.body.taskId], (err, rows) => (err ? reject(err) : resolve(rows)));
  });

  async function runCase(tc) {
    const response = await fetch(RUNNER, { method: 'POST', body: JSON.stringify({ code: req.body.code, stdin: tc.input }) });
    const out = await response.json();
    lastVerdict = out.stderr || out.stdout;
    return !out.stderr;
  }

  for (const tc of cases) await runCase(tc);
  res.json({ lastVerdict });
});

app.post('/api/tasks', requireUser, (req, res) => {
  db.query('INSERT INTO tasks (title, owner) VALUES (?, ?)', [req.body.title, req.user.sub], () => res.status(201).end());
});

app.listen(3000);
