/**
 * Visitor kiosk routes: no authentication required.
 * The lobby tablet calls these; visitors have no accounts.
 */
import { Router } from 'express';
import { z } from 'zod';
import { Prisma } from '@prisma/client';
import { prisma } from '../db';
import { Mailer } from '../mailer';

export const kioskRouter = Router();
const mailer = new Mailer();
const checkIn = z.object({ name: z.string().min(1).max(80), email: z.string().email() });

// a visitor signs the guest book: one new row, numbered under a lock
kioskRouter.post('/check-in', async (req, res) => {
  const visit = checkIn.parse(req.body);
  const row = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(42)`;
    const inserted = await tx.$queryRaw(Prisma.sql`INSERT INTO visits (name, email) VALUES (${visit.name}, ${visit.email}) RETURNING id`);
    return inserted;
  });
  res.status(201).json(row);
});

// a receipt mailed to the visitor: an outbound message, nothing stored
kioskRouter.post('/receipt', async (req, res) => {
  const { email } = checkIn.pick({ email: true }).parse(req.body);
  await mailer.sendReceipt(email);
  res.json({ sent: true });
});

// a free-text note left at the desk: an insert only, open like the rest of this file
kioskRouter.post('/note', async (req, res) => {
  await prisma.deskNote.create({ data: { text: String(req.body.text ?? '').slice(0, 500) } });
  res.status(201).json({ ok: true });
});
