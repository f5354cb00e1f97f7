const express = require('express');
const mysql = require('mysql2/promise');

const db = mysql.createPool({ uri: process.env.DATABASE_URL });
const app = express();
const SORTABLE = ['created_at', 'title', 'score'];

// a column name cannot be a placeholder: it is checked against an allow-list, with a default when absent
app.get('/reports', async (req, res) => {
  const sort = req.query.sort || 'created_at';
  if (!SORTABLE.includes(sort)) return res.status(400).json({ error: 'unknown sort column' });
  const [rows] = await db.execute(`SELECT id, title FROM reports WHERE team = ? ORDER BY ${sort} DESC`, [req.query.team]);
  res.json(rows);
});

app.get('/reports/top', async (req, res) => {
  const sort = req.query.sort ?? 'score';
  if (!SORTABLE.includes(sort)) {
    return res.status(400).json({ error: 'unknown sort column' });
  }
  const [rows] = await db.execute(`SELECT id, title FROM reports ORDER BY ${sort} DESC LIMIT 10`);
  res.json(rows);
});

app.listen(3000);
