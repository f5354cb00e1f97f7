import express from 'express';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();

// What each export may list: its table and the columns a client may pick by key.
const EXPORTS: Record<string, { table: string; columns: Record<string, string> }> = {
  orders: { table: 'orders', columns: { id: 'o.id', total: 'o.total_cents', placed: 'o.placed_at' } },
  customers: { table: 'customers', columns: { id: 'c.id', name: 'c.display_name' } },
};

// Every requested key is refused unless it is a key of the export's column map.
app.get('/exports/:kind', async (req, res) => {
  const def = EXPORTS[req.params.kind];
  if (!def) return res.status(404).end();
  const requested = String(req.query.fields ?? '').split(',').map((f) => f.trim()).filter(Boolean);
  const keys = requested.length ? requested : Object.keys(def.columns);
  const unknown = keys.filter((k) => !(k in def.columns));
  if (unknown.length) return res.status(400).json({ unknown });
  const select = keys.map((k) => `${def.columns[k]} AS "${k}"`).join(', ');
  const { rows } = await pool.query(`SELECT ${select} FROM ${def.table} LIMIT 1000`);
  res.json(rows);
});

app.listen(3000);
