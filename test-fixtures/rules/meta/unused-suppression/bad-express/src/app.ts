import express from 'express';
import { Pool } from 'pg';
// backcheck-ignore-file ratelimit/missing -- behind the API gateway limiter  // expect: meta/unused-suppression

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const TABLES = new Set(['orders', 'invoices']);

app.get('/reports/:table', async (req, res) => {
  const table = req.params.table;
  if (!TABLES.has(table)) return res.status(400).json({ error: 'unknown table' });
  /* backcheck-ignore injection/sql-raw-qery -- table name checked against TABLES above */ // expect: meta/unused-suppression
  const { rows } = await pool.query(`SELECT count(*) FROM ${table}`);
  res.json(rows[0]);
});

// backcheck-ignore -- reviewed  // expect: meta/unused-suppression
app.get('/health', (_req, res) => res.json({ ok: true }));

/* backcheck-ignore-line cors/permissive-origin -- public */ // expect: meta/unused-suppression
app.listen(3000);
