import express from 'express';
import Joi from 'joi';
import mysql, { type RowDataPacket } from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10, namedPlaceholders: true });
const app = express();
app.use(express.json());

const listSchema = Joi.object({ category: Joi.string().max(50).required() });
const qtySchema = Joi.object({ qty: Joi.number().integer().min(0).required() });

app.get('/items', async (req, res) => {
  const { category } = Joi.attempt(req.query, listSchema);
  const [rows] = await pool.query<RowDataPacket[]>('SELECT id, sku, name, qty FROM items WHERE category = ?', [category]);
  res.json(rows);
});

app.patch('/items/:sku', async (req, res) => {
  const { qty } = Joi.attempt(req.body, qtySchema);
  const sku = Joi.attempt(req.params.sku, Joi.string().alphanum().max(32));
  await pool.execute('UPDATE items SET qty = :qty WHERE sku = :sku', { qty, sku });
  res.status(204).end();
});

app.get('/items/low-stock', async (_req, res) => {
  const [rows] = await pool.execute<RowDataPacket[]>('SELECT sku, name, qty FROM items WHERE qty < ? ORDER BY qty', [5]);
  res.json(rows);
});

export default app;
