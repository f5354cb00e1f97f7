const express = require('express');
const mysql = require('mysql2/promise');

const db = mysql.createPool({ uri: process.env.LEGACY_DB });
const app = express();

// Express 4's default 'extended' parser (qs) turns ?carrier[x]=1 into an object, which mysql2 writes into the SQL
app.get('/shipments', async (req, res) => {
  const [rows] = await db.query('SELECT id FROM shipments WHERE carrier = ?', [req.query.carrier]); // expect: validation/unvalidated-input
  res.json(rows);
});

app.listen(3001);
