import express from 'express';
import { sqlite, db, saleItems, stockMovements } from './db';

const app = express();
app.use(express.json());

// one sale: its lines and the stock they take, statement by statement inside one SQLite transaction
app.post('/api/sales', (req, res) => {
  const items: { productId: number; qty: number }[] = req.body.items;
  const record = sqlite.transaction(() => {
    const sale = sqlite.prepare('INSERT INTO sales (created_at) VALUES (?)').run(Date.now());
    for (const item of items) {
      db.insert(saleItems).values({ saleId: Number(sale.lastInsertRowid), productId: item.productId, qty: item.qty }).run();
      db.insert(stockMovements).values({ productId: item.productId, qty: -item.qty }).run();
    }
    return sale.lastInsertRowid;
  });
  res.status(201).json({ id: record() });
});

app.listen(3000);
