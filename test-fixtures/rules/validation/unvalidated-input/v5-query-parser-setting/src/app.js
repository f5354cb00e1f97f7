const express = require('express');
const mysql = require('mysql2/promise');

const db = mysql.createPool({ uri: process.env.DEPOT_DB });
const app = express();
// back to qs: nested objects in the query string again
app.set('query parser', 'extended');

app.get('/bins', async (req, res) => {
  const [rows] = await db.query('SELECT id FROM bins WHERE aisle = ?', [req.query.aisle]); // expect: validation/unvalidated-input
  res.json(rows);
});

app.listen(3000);
