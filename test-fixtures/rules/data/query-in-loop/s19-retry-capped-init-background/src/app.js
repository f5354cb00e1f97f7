const express = require('express');
const mongoose = require('mongoose');
const pg = require('pg');

const Event = mongoose.model('Event', new mongoose.Schema({ name: String, ownerId: String }));
const Team = mongoose.model('Team', new mongoose.Schema({ name: String, ownerId: String }));
const app = express();
app.use(express.json());

async function runTool(name, args, ownerId) {
  if (name === 'list_events') return Event.find({ ownerId }).limit(20).lean();
  if (name === 'list_teams') return Team.find({ ownerId }).limit(20).lean();
  return null;
}

// a retry loop of three attempts around the model call; the tool calls the model asks for are cut to five first
app.post('/assistant', async (req, res) => {
  const maxRetries = 3;
  for (let attempt = 1; attempt <= maxRetries; attempt++) {
    const r = await fetch('https://llm.example.com/v1/chat', { method: 'POST', body: JSON.stringify(req.body) });
    if (r.status === 429) continue;
    const data = await r.json();
    let toolCalls = data.tool_calls || [];
    const MAX_TOOL_CALLS = 5;
    if (toolCalls.length > MAX_TOOL_CALLS) {
      toolCalls = toolCalls.slice(0, MAX_TOOL_CALLS);
    }
    const results = await Promise.all(toolCalls.map((c) => runTool(c.name, c.args, String(req.body.ownerId))));
    return res.json({ results });
  }
  res.status(503).json({ error: 'busy' });
});

// the same retry loop around a real per-item loop: the items are what repeats
app.post('/teams/rename', async (req, res) => {
  const maxRetries = 3;
  for (let attempt = 1; attempt <= maxRetries; attempt++) {
    try {
      for (const id of req.body.ids) {
        await Team.updateOne({ _id: id }, { name: String(req.body.name) }); // expect: data/query-in-loop
      }
      return res.json({ ok: true });
    } catch (err) {
      if (attempt === maxRetries) throw err;
    }
  }
});

// a counted loop over a number the client sends is no retry loop
app.post('/events/copies', async (req, res) => {
  const n = Number(req.body.count);
  for (let i = 0; i < n; i++) {
    await Event.create({ name: String(req.body.name) + ' ' + i, ownerId: String(req.body.ownerId) }); // expect: data/query-in-loop
  }
  res.status(201).json({ ok: true });
});

// the metrics pool is created on first use and runs its migrations then: the process's set-up, not the request's work
let pool = null;
async function getDb() {
  if (!pool) {
    const p = new pg.Pool({ connectionString: process.env.METRICS_URL });
    const { rows } = await p.query('SELECT name FROM _migrations');
    const applied = new Set(rows.map((r) => r.name));
    for (const file of ['001.sql', '002.sql', '003.sql'].concat(process.env.EXTRA_MIGRATIONS ? process.env.EXTRA_MIGRATIONS.split(',') : [])) {
      if (applied.has(file)) continue;
      await p.query('INSERT INTO _migrations (name) VALUES ($1)', [file]);
    }
    pool = p;
  }
  return pool;
}

app.get('/metrics/summary', async (req, res) => {
  const db = await getDb();
  const { rows } = await db.query('SELECT count(*) AS n FROM spans');
  res.json(rows[0]);
});

// work the request starts and does not wait for: an interval, and an async method called as a bare statement
async function makeVariants(ids) {
  for (const id of ids) {
    await Event.updateOne({ _id: id }, { name: 'variant' });
  }
}

app.post('/uploads', async (req, res) => {
  makeVariants(req.body.ids);
  setInterval(async () => {
    for (const id of req.body.ids) await Team.findById(id);
  }, 60000);
  res.status(202).json({ ok: true });
});

app.listen(3000);
