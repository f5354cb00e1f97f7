import express from 'express';
import { db } from './db';

const app = express(); // expect: config/env-not-validated
app.get('/api/orders', (req, res) => {
  // the page size is taken as set: unset gives LIMIT NaN at the first request
  res.json(db.prepare('SELECT id, total FROM orders ORDER BY id DESC LIMIT ?').all(Number(process.env.PAGE_SIZE)));
});
app.listen(Number(process.env.PORT || 5000));
