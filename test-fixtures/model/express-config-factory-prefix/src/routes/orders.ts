import { Router } from 'express';

const orders = Router();

orders.get('/orders', (req, res) => {
  res.json([]);
});

orders.get('/orders/:id', (req, res) => {
  res.json({ id: req.params.id });
});

export default orders;
