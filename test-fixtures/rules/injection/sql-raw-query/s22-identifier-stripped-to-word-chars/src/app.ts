import express from 'express';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// the highest number a column holds: table and column reduced to letters, digits and _ and quoted as identifiers
export async function highest(table: string, column: string): Promise<number> {
  const t = table.replace(/[^a-z0-9_]/gi, '');
  const c = column.replace(/[^a-z0-9_]/gi, '');
  const { rows } = await pool.query(`SELECT MAX("${c}") AS top FROM "${t}"`);
  return Number(rows[0]?.top ?? 0);
}

app.get('/stats/:table/:column/max', async (req, res) => {
  const t = req.params.table.replace(/\W+/g, '');
  const c = req.params.column.replace(/[^\w]/g, '');
  const { rows } = await pool.query(`SELECT MAX("${c}") AS top FROM "${t}"`);
  res.json({ top: rows[0]?.top ?? null, sum: await highest(req.params.table, req.params.column) });
});

// a space and a dash are kept: 1 OR 1, a -- comment
app.get('/stats/count', async (req, res) => {
  const where = String(req.query.where ?? '').replace(/[^a-z0-9_ -]/gi, '');
  const { rows } = await pool.query(`SELECT COUNT(*) AS n FROM orders WHERE ${where}`); // expect: injection/sql-raw-query
  res.json(rows[0]);
});

app.listen(3000);
