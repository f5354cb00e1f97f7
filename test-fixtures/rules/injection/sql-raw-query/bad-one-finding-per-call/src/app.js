const express = require('express');
const { DataSource } = require('typeorm');
const { query } = require('./db');

const app = express();
const source = new DataSource({ type: 'sqlite', database: 'notes.db' });

app.get('/notes', async (req, res) => {
  res.json(await query(`SELECT id, body FROM notes WHERE folder = '${req.query.folder}'`)); // expect: injection/sql-raw-query[error]
});

app.get('/notes/search', async (req, res) => {
  const rows = await source.createQueryBuilder('n').where(`n.folder = '${req.query.folder}'`).andWhere(`n.tag = '${req.query.tag}'`).getMany(); // expect: injection/sql-raw-query[error]
  res.json(rows);
});

app.listen(3000);
