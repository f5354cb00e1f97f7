import express from 'express';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

// the server's own copy helper: table and column names are spliced into the text
async function copyRow(table, row) {
  const cols = Object.keys(row);
  const marks = cols.map((_, i) => `$${i + 1}`).join(', ');
  await pool.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${marks})`, Object.values(row)); // expect: injection/sql-raw-query
}

const app = express();
app.post('/api/children/:id/archive', async (req, res) => {
  const { rows } = await pool.query('SELECT id, name, phone FROM children WHERE id = $1', [req.params.id]);
  for (const r of rows) await copyRow('children_archive', r);
  res.status(204).end();
});
app.listen(3000);
