const express = require('express');

const app = express();

// the probe loads the client where it runs and counts rows: a failing database answers 500
app.get('/api/health', async (req, res) => {
  try {
    const { sql } = require('./db');
    const rows = await sql`SELECT COUNT(*) AS n FROM conversations`;
    res.json({ status: 'ok', conversations: Number(rows[0].n) });
  } catch (error) {
    res.status(500).json({ status: 'error' });
  }
});

app.get('/api/conversations', async (req, res) => {
  const { sql } = require('./db');
  res.json(await sql`SELECT id, title FROM conversations ORDER BY id DESC LIMIT 50`);
});

app.listen(3000);
