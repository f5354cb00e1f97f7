const express = require('express');
const mysql = require('mysql2/promise');

const db = mysql.createPool({ uri: process.env.SHOP_DB });
const app = express();
app.use(express.json());

// Express 5 parses the query string with node:querystring: ?region[x]=1 stays the string key "region[x]", so a
// query value is a string (or an array when repeated), never an object mysql2 would expand: bound filters are lookups
app.get('/parcels', async (req, res) => {
  const { region, carrier } = req.query;
  const where = [];
  const args = [];
  if (region) {
    where.push('region = ?');
    args.push(region);
  }
  if (carrier) {
    where.push('carrier = ?');
    args.push(carrier);
  }
  const sql = 'SELECT id, label FROM parcels' + (where.length ? ' WHERE ' + where.join(' AND ') : '');
  const [rows] = await db.query(sql, args);
  res.json(rows);
});

// a JSON body is still parsed into objects: {"code": {"x": 1}} is expanded by mysql2
app.post('/parcels/lookup', async (req, res) => {
  const [rows] = await db.execute('SELECT id, label FROM parcels WHERE code = ?', [req.body.code]); // expect: validation/unvalidated-input
  res.json(rows);
});

// a query value stored by an INSERT is not a lookup, whatever the parser makes of it
app.post('/parcels/notes', async (req, res) => {
  await db.execute('INSERT INTO parcel_notes (note) VALUES (?)', [req.query.note]); // expect: validation/unvalidated-input
  res.status(201).end();
});

app.listen(3000);
