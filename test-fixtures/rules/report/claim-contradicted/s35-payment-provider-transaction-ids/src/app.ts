import express from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { prisma } from './db.js';

const app = express();
app.use(express.json());
app.use(rateLimit({ windowMs: 60_000, limit: 60 }));

const settleBody = z.object({ paymentId: z.string().uuid(), signedTx: z.string().min(10) });

// settles a payment: both rows change together
app.post('/api/settle', async (req, res) => {
  const body = settleBody.parse(req.body);
  const receipt = await prisma.$transaction(async (tx) => {
    const payment = await tx.payment.update({ where: { id: body.paymentId }, data: { status: 'settled' } });
    await tx.ledgerEntry.create({ data: { paymentId: payment.id, amount: payment.amount } });
    return { id: payment.id, txHash: body.signedTx.slice(0, 66) };
  });
  res.json(receipt);
});

// a refund writes twice without a transaction (data/transaction-missing's business)
app.post('/api/refunds/:id', async (req, res) => {
  const id = z.string().uuid().parse(req.params.id);
  const payment = await prisma.payment.update({ where: { id }, data: { status: 'refunded' } });
  await prisma.ledgerEntry.create({ data: { paymentId: payment.id, amount: -payment.amount } });
  res.status(204).end();
});

app.listen(3000);
