import express from 'express';
import { Pool } from 'pg';

const pool = new Pool();
const app = express();
app.use(express.json());

// each id is quoted by hand and pasted into the IN list
app.post('/orders/cancel', async (req, res) => {
  const quoted = req.body.ids.map((id: string) => `'${id}'`).join(', ');
  await pool.query(`UPDATE orders SET state = 'cancelled' WHERE id IN (${quoted})`); // expect: injection/sql-raw-query[error]
  res.status(204).end();
});

// the same list through placeholders: only $1, $2, ... reach the text
app.post('/orders/archive', async (req, res) => {
  const ids: string[] = req.body.ids;
  const marks = ids.map((_, i) => `$${i + 1}`).join(', ');
  await pool.query(`UPDATE orders SET archived = true WHERE id IN (${marks})`, ids);
  res.status(204).end();
});

app.listen(3000);
