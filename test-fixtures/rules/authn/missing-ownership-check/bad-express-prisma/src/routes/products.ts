import { Router } from 'express';
import { prisma } from '../db';
import { requireAuth } from '../auth';

export const products = Router();

// catalogue data has no owner: any signed-in customer may read it
products.get('/:id', requireAuth, async (req, res) => {
  const product = await prisma.product.findUnique({ where: { id: req.params.id } });
  if (!product) return res.status(404).end();
  res.json(product);
});

// createdById is an audit trail: the catalogue belongs to the shop, and staff edit each other's entries
products.patch('/:id', requireAuth, async (req, res) => {
  const product = await prisma.product.update({ where: { id: req.params.id }, data: { price: Number(req.body.price) } });
  res.json(product);
});
