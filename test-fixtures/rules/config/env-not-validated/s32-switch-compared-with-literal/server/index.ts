import express from 'express';
import { db } from './db';

const app = express();
app.get('/api/orders', (req, res) => {
  res.json(db.prepare('SELECT id, total FROM orders ORDER BY id DESC LIMIT 50').all());
});
app.listen(Number(process.env.PORT || 5000));
