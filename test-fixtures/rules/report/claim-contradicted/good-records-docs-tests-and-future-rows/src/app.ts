import express from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

app.get('/api/movements', async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const rows = await prisma.movement.findMany({ skip: (page - 1) * 20, take: 20 });
  res.json({ rows, page });
});

app.get('/api/notes', async (req, res) => {
  res.json(await prisma.note.findMany({ where: { author: String(req.query.author) } }));
});

app.post('/api/movements', async (req, res) => {
  const m = await prisma.movement.create({ data: { amount: Number(req.body.amount) } });
  await prisma.balance.update({ where: { id: 1 }, data: { total: { increment: m.amount } } });
  res.status(201).json(m);
});

app.listen(Number(process.env.PORT) || 3000, process.env.BIND_HOST);
