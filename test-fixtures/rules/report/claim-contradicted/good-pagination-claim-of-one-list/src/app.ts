import express from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();

app.get('/offers', async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const [rows, total] = await Promise.all([prisma.offer.findMany({ skip: (page - 1) * 20, take: 20 }), prisma.offer.count()]);
  res.json({ rows, meta: { page, total } });
});

app.get('/bookmarks', async (_req, res) => {
  res.json(await prisma.bookmark.findMany({ orderBy: { createdAt: 'desc' } }));
});

app.listen(3000);
