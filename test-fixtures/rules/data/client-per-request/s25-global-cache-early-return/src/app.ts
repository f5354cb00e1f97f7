import express from 'express';
import { openDatabase, openReportPool } from './db';

const app = express();

app.get('/entries', async (req, res) => {
  const sql = await openDatabase();
  const rows = await sql`SELECT id, amount FROM entries ORDER BY id DESC LIMIT 50`;
  res.json(rows);
});

app.get('/reports/totals', async (req, res) => {
  const pool = openReportPool();
  const { rows } = await pool.query('SELECT SUM(amount) AS total FROM entries');
  res.json(rows[0]);
});

app.listen(3000);
