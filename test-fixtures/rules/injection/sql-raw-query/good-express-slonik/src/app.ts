import express from 'express';
import { createPool, sql } from 'slonik';
import { z } from 'zod';

const pool = await createPool(process.env.DATABASE_URL as string);
const app = express();
app.use(express.json());

const Payout = z.object({ id: z.string().uuid(), amount_cents: z.number(), status: z.string() });
const params = z.object({ id: z.string().uuid() });

app.get('/payouts/:id', async (req, res) => {
  const { id } = params.parse(req.params);
  const payout = await pool.maybeOne(sql.type(Payout)`SELECT id, amount_cents, status FROM payouts WHERE id = ${id}`);
  if (!payout) return res.status(404).json({ error: 'Not found' });
  res.json(payout);
});

app.post('/payouts/:id/cancel', async (req, res) => {
  const { id } = params.parse(req.params);
  const { reason } = z.object({ reason: z.string().max(200) }).parse(req.body);
  await pool.query(sql.unsafe`UPDATE payouts SET status = 'cancelled', cancel_reason = ${reason} WHERE id = ${id} AND status = 'pending'`);
  res.status(204).end();
});

app.listen(3000);
