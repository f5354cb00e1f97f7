import express from 'express';
import { createDbClient } from '@acme/db-client';

// In-house wrapper around the company's database proxy.
const db = createDbClient({ url: process.env.DB_PROXY_URL as string });
const app = express();
app.use(express.json());

app.get('/invoices', async (req, res) => {
  const rows = await db.query(`select id, number, total from invoices where customer_id = '${req.query.customer}'`); // expect: injection/sql-raw-query
  res.json(rows);
});

app.post('/invoices/:id/void', async (req, res) => {
  await db.execute("UPDATE invoices SET status = 'void', reason = '" + req.body.reason + "' WHERE id = " + req.params.id); // expect: injection/sql-raw-query
  res.status(204).end();
});

app.listen(3000);
