import express from 'express';
import mysql from 'mysql2/promise';

const db = mysql.createPool({ uri: process.env.DATABASE_URL });
const app = express();

// parsed, defaulted when not a positive number, capped, floored: only a whole number in range reaches the query
app.get('/audit/entries', async (req, res) => {
  const pageSize = req.query.pageSize ? parseInt(String(req.query.pageSize), 10) : NaN;
  const skip = req.query.skip ? parseInt(String(req.query.skip), 10) : NaN;
  const size = isNaN(pageSize) || pageSize <= 0 ? 50 : Math.min(pageSize, 500);
  const from = isNaN(skip) || skip < 0 ? 0 : skip;
  const [rows] = await db.query(`SELECT * FROM audit ORDER BY at DESC LIMIT ${Math.floor(Number(size))} OFFSET ${Math.floor(Number(from))}`);
  res.json(rows);
});

// one expression: parse, default, clamp between 1 and 200
app.get('/audit/recent', async (req, res) => {
  const q = req.query;
  const n = Math.min(Math.max(parseInt(q.n) || 20, 1), 200);
  const [rows] = await db.query(`SELECT * FROM audit ORDER BY at DESC LIMIT ${n}`);
  res.json(rows);
});

// the raw text goes into the query
app.get('/audit/search', async (req, res) => {
  const term = req.query.term; // expect: validation/unvalidated-input
  const [rows] = await db.query(`SELECT * FROM audit WHERE what LIKE '%${term}%' LIMIT ${Math.min(parseInt(req.query.n) || 20, 200)}`);
  res.json(rows);
});

app.listen(3000);
