import express from 'express';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { and, eq, gt } from 'drizzle-orm';
import { db } from './db';
import { members, resetTickets } from './schema';

const app = express();
app.use(express.json());

function requireMember(req: express.Request, res: express.Response, next: express.NextFunction) {
  const header = req.headers.authorization;
  if (!header) return res.status(401).json({ error: 'unauthorized' });
  try {
    (req as any).member = jwt.verify(header.slice(7), process.env.JWT_SECRET!);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

const newPasswordInput = z.object({ resetToken: z.string().min(1), newPassword: z.string().min(8) });
const nicknameInput = z.object({ memberId: z.string(), nickname: z.string().max(40) });

// the ticket mailed to the member is looked up, unused and unexpired, before the new password is stored
app.post('/account/new-password', async (req, res) => {
  const parsed = newPasswordInput.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: 'invalid' });
  const rows = await db.select().from(resetTickets)
    .where(and(eq(resetTickets.ticket, parsed.data.resetToken), eq(resetTickets.spent, false), gt(resetTickets.validUntil, new Date())))
    .limit(1);
  if (rows.length === 0) return res.status(400).json({ error: 'invalid or expired link' });
  const hash = await bcrypt.hash(parsed.data.newPassword, 12);
  await db.update(members).set({ passwordHash: hash }).where(eq(members.id, rows[0].memberId));
  await db.update(resetTickets).set({ spent: true }).where(eq(resetTickets.id, rows[0].id));
  res.json({ ok: true });
});

// a parsed body with no credential in it: anyone renames anyone
app.post('/account/nickname', async (req, res) => { // expect: authn/unauthenticated-mutation
  const input = nicknameInput.parse(req.body);
  await db.update(members).set({ nickname: input.nickname }).where(eq(members.id, input.memberId));
  res.json({ ok: true });
});

app.delete('/account', requireMember, async (req, res) => {
  await db.delete(members).where(eq(members.id, (req as any).member.sub));
  res.status(204).end();
});

app.listen(3000);
