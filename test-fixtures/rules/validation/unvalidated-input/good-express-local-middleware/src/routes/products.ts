import { PrismaClient } from '@prisma/client';
import { Router } from 'express';
import { z } from 'zod';
import { validate } from '../middleware/validate';

const prisma = new PrismaClient();
export const productsRouter = Router();

const ProductId = z.object({ id: z.string().uuid() });
const ProductBody = z.object({ name: z.string().min(1).max(120), priceCents: z.number().int().positive() });
const ListQuery = z.object({ take: z.coerce.number().int().min(1).max(100).default(20) });

productsRouter.get('/', validate({ query: ListQuery }), async (req, res) => {
  res.json(await prisma.product.findMany({ take: Number(req.query.take) }));
});

productsRouter.post('/', validate({ body: ProductBody }), async (req, res) => {
  res.status(201).json(await prisma.product.create({ data: req.body }));
});

productsRouter.put('/:id', validate({ params: ProductId, body: ProductBody }), async (req, res) => {
  const { id } = req.params;
  res.json(await prisma.product.update({ where: { id }, data: req.body }));
});
