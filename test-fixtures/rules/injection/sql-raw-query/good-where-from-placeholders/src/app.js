const express = require('express');
const { run } = require('./db');

const app = express();

app.get('/leads', async (req, res) => {
  const params = [req.query.owner];
  let filter = 'WHERE owner_id = ?';
  if (req.query.stage) {
    filter += ' AND stage = ?';
    params.push(req.query.stage);
  }
  if (req.query.since) {
    filter += ' AND created_at >= ?';
    params.push(req.query.since);
  }
  const rows = await run(`SELECT id, name, stage FROM leads ${filter} ORDER BY created_at DESC`, params);
  res.json(rows);
});

app.listen(3000);
