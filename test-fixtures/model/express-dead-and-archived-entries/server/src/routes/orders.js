import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { queueReceipt } from '../services/receipts.js';

const router = Router();
const orders = [];

function requireToken(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    req.user = jwt.verify(header.replace(/^Bearer /, ''), process.env.JWT_SECRET); // expect: config/env-undocumented
    return next();
  } catch {
    return res.status(401).json({ error: 'unauthorized' });
  }
}

const OrderInput = z.object({ sku: z.string().max(40), quantity: z.number().int().min(1).max(99) });

router.get('/', requireToken, (req, res) => {
  res.json(orders.filter((o) => o.owner === req.user.sub).slice(0, 50));
});

router.post('/', requireToken, async (req, res) => {
  const input = OrderInput.parse(req.body);
  const order = { id: orders.length + 1, owner: req.user.sub, ...input };
  orders.push(order);
  await queueReceipt(order.id);
  res.status(201).json(order);
});

export default router;
