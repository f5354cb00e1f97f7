import express from 'express';
import { cache, pool } from './db';

const app = express();
app.use(express.json());

// one round trip to Postgres per item
app.post('/api/orders', async (req, res) => {
  const items: { productId: number; qty: number }[] = req.body.items;
  for (const item of items) {
    await pool.query('INSERT INTO order_items (product_id, qty) VALUES ($1, $2)', [item.productId, item.qty]); // expect: data/query-in-loop
  }
  cache.prepare('DELETE FROM cart WHERE id = ?').run(req.body.cartId);
  res.status(201).json({ ok: true });
});

app.listen(3000);
