import express from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();

app.get('/health', (_req, res) => { // expect: observability/health-shallow
  res.json({ status: 'ok', uptime: process.uptime() });
});

app.get('/orders', async (_req, res) => res.json(await prisma.order.findMany({ take: 50 })));

app.listen(3000);
