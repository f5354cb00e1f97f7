import { Router } from 'express';
import { eq } from 'drizzle-orm';
import { db } from '../db';
import { users, profiles, orders, orderItems } from '../db/schema';
import { sendWelcome } from '../lib/mail';

export const accounts = Router();

accounts.post('/signup', async (req, res) => {
  const [user] = await db.insert(users).values({ email: String(req.body.email) }).returning();
  void db.update(users).set({ banned: false }).where(eq(users.id, user.id));
  sendWelcome(user.id).catch((e) => console.error(e));
  res.status(201).json(user);
});

accounts.post('/invites/:code/accept', async (req, res) => {
  const [user] = await db.insert(users).values({ email: String(req.body.email) }).returning();
  void sendWelcome(user.id);
  res.status(201).json(user);
});

// the user and the profile must exist together
accounts.post('/accounts', async (req, res) => {
  const [user] = await db.insert(users).values({ email: String(req.body.email) }).returning(); // expect: data/transaction-missing
  await db.insert(profiles).values({ userId: user.id, displayName: String(req.body.name) });
  res.status(201).json(user);
});

// an order and its items must exist together
accounts.post('/orders', async (req, res) => {
  const [order] = await db.insert(orders).values({ userId: Number(req.body.userId), total: 0 }).returning(); // expect: data/transaction-missing
  for (const it of req.body.items as { sku: string; qty: number }[]) {
    await db.insert(orderItems).values({ orderId: order.id, sku: it.sku, qty: it.qty });
  }
  res.status(201).json(order);
});
