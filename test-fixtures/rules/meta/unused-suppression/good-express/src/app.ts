// backcheck-ignore-file ratelimit/missing -- runs behind the API gateway, which limits per client
import express from 'express';
import helmet from 'helmet';
import { Pool } from 'pg';

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const SORTABLE = new Set(['name', 'price', 'created_at']);

app.use(helmet());
app.use(express.json({ limit: '100kb' }));

// Sorting: the column comes from an allow-list, the direction from a fixed pair.
// (A note for reviewers: backcheck-ignore comments must name the rule they silence.)
app.get('/products', async (req, res) => {
  const column = SORTABLE.has(String(req.query.sort)) ? String(req.query.sort) : 'name';
  const direction = req.query.desc === '1' ? 'DESC' : 'ASC';
  // backcheck-ignore injection/sql-raw-query, validation/unvalidated-input -- column and direction are allow-listed above
  const { rows } = await pool.query(
    `SELECT id, name, price FROM products ORDER BY ${column} ${direction} LIMIT 50`,
  );
  res.json(rows);
});

app.listen(Number(process.env.PORT ?? 3000));
