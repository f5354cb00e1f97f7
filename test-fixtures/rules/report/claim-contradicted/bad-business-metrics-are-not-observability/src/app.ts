import express from 'express';

const app = express();
const orders: { total: number }[] = [];

app.get('/dashboard/stats', (_req, res) => {
  const revenue = orders.reduce((s, o) => s + o.total, 0);
  res.json({ revenue, count: orders.length });
});

app.listen(3000);
