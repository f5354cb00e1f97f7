import express from 'express';
import { runQuery } from './db';

const app = express();

app.get('/reports/by-owner', async (req, res) => {
  res.json(await runQuery(`SELECT * FROM reports WHERE owner = '${req.query.owner}'`)); // expect: injection/sql-raw-query
});

app.get('/reports/:id', async (req, res) => {
  res.json(await runQuery('SELECT * FROM reports WHERE id = $1', [req.params.id]));
});

app.listen(3000);
