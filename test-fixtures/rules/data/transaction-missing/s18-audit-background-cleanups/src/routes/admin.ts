import { Router } from 'express';
import { eq, lt } from 'drizzle-orm';
import { db } from '../db';
import { users, sessions, resetTokens, auditLog } from '../db/schema';
import { adminAction, logAdminAction, recordAdminAction } from '../lib/admin';

export const admin = Router();

admin.post('/users/:id/ban', async (req, res) => {
  const id = Number(req.params.id);
  await db.update(users).set({ banned: true }).where(eq(users.id, id));
  await adminAction((req as any).user.id, 'ban', id);
  res.json({ banned: true });
});

admin.post('/users/:id/unban', async (req, res) => {
  const id = Number(req.params.id);
  await db.update(users).set({ banned: false }).where(eq(users.id, id));
  await db.insert(auditLog).values({ actorId: (req as any).user.id, action: 'unban', targetId: id });
  res.json({ banned: false });
});

// two independent sweeps: expired sessions, then expired reset tokens; neither depends on the other
admin.post('/maintenance/prune', async (_req, res) => {
  const now = new Date();
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.delete(resetTokens).where(lt(resetTokens.expiresAt, now));
  res.json({ pruned: true });
});

admin.post('/users/:id/mute', async (req, res) => {
  const id = Number(req.params.id);
  await db.update(users).set({ banned: true }).where(eq(users.id, id));
  await logAdminAction((req as any).user.id, 'mute');
  res.json({ ok: true });
});
admin.post('/users/:id/warn', async (req, res) => {
  const id = Number(req.params.id);
  await db.update(users).set({ banned: true }).where(eq(users.id, id));
  await recordAdminAction((req as any).user.id, 'warn');
  res.json({ ok: true });
});
admin.post('/users/:id/kick', async (req, res) => {
  const id = Number(req.params.id);
  await db.update(users).set({ banned: true }).where(eq(users.id, id));
  await db.insert(auditLog).values({ actorId: 1, action: 'kick', targetId: id }).returning();
  res.json({ ok: true });
});
