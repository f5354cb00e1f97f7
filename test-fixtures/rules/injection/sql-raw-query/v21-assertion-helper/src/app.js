import express from 'express';
import pg from 'pg';
import { assertFieldPath, jsonExpression } from './paths.js';

const db = new pg.Pool();
const app = express();

async function search(filters) {
  const where = [];
  const values = [];
  for (const [path, value] of Object.entries(filters)) {
    assertFieldPath(path);
    values.push(String(value));
    where.push(`${jsonExpression('d', path)} = $${values.length}`);
  }
  const { rows } = await db.query(`SELECT * FROM docs d WHERE ${where.join(' AND ') || 'true'}`, values);
  return rows;
}

async function loose(filters) {
  const where = [];
  const values = [];
  for (const [path, value] of Object.entries(filters)) {
    values.push(String(value));
    where.push(`${jsonExpression('d', path)} = $${values.length}`);
  }
  const { rows } = await db.query(`SELECT * FROM docs d WHERE ${where.join(' AND ') || 'true'}`, values);  // expect: injection/sql-raw-query
  return rows;
}

app.get('/docs', async (req, res) => {
  res.json(await search(req.query.filter || {}));
});

app.get('/docs/loose', async (req, res) => {
  res.json(await loose(req.query.filter || {}));
});

app.listen(3000);
