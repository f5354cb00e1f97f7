import express from 'express';
import { Pool } from 'pg';
import { safeColumn, direction, loggedColumn, halfChecked, pickFrom } from './sorting';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();

app.get('/invoices', async (req, res) => {
  const col = safeColumn('invoices', req.query.sort as string);
  const dir = direction(req.query.dir as string);
  const { rows } = await pool.query(`SELECT * FROM invoices ORDER BY ${col} ${dir}`);
  res.json(rows);
});

app.get('/customers', async (req, res) => {
  const col = safeColumn('customers', req.query.sort as string, 'joined_on');
  const { rows } = await pool.query(`SELECT * FROM customers ORDER BY ${col}`);
  res.json(rows);
});

// the fallback is the client's own text: it comes back whenever the wanted column is not listed
app.get('/customers/by', async (req, res) => {
  const col = safeColumn('customers', req.query.sort as string, req.query.fallback as string);
  const { rows } = await pool.query(`SELECT * FROM customers ORDER BY ${col}`); // expect: injection/sql-raw-query
  res.json(rows);
});

app.get('/invoices/logged', async (req, res) => {
  const col = loggedColumn(req.query.sort as string);
  const { rows } = await pool.query(`SELECT * FROM invoices ORDER BY ${col}`); // expect: injection/sql-raw-query
  res.json(rows);
});

app.get('/customers/half', async (req, res) => {
  const col = halfChecked(req.query.sort as string);
  const { rows } = await pool.query(`SELECT * FROM customers ORDER BY ${col}`); // expect: injection/sql-raw-query
  res.json(rows);
});

// the client sends the list as well as the column
app.post('/customers/pick', async (req, res) => {
  const col = pickFrom(req.body.columns, req.body.sort);
  const { rows } = await pool.query(`SELECT * FROM customers ORDER BY ${col}`); // expect: injection/sql-raw-query
  res.json(rows);
});

// a list of the code's own
app.get('/customers/pick', async (req, res) => {
  const col = pickFrom(['id', 'name'], req.query.sort as string);
  const { rows } = await pool.query(`SELECT * FROM customers ORDER BY ${col}`);
  res.json(rows);
});

app.listen(3000);
