import express from 'express';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10 });
const app = express();
app.use(express.json());

app.get('/items', async (req, res) => {
  const category = req.query.category as string;
  const [rows] = await pool.query(`SELECT id, sku, name, qty FROM items WHERE category = '${category}'`); // expect: injection/sql-raw-query
  res.json(rows);
});

app.patch('/items/:sku', async (req, res) => {
  const { qty } = req.body;
  const update = 'UPDATE items SET qty = ' + qty + " WHERE sku = '" + req.params.sku + "'";
  await pool.execute(update); // expect: injection/sql-raw-query
  res.status(204).end();
});

export default app;
