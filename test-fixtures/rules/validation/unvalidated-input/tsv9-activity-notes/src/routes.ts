import express from 'express';
import { PrismaClient } from '@prisma/client';
import { logAdminAction } from './audit';
import { exec } from './db';

const prisma = new PrismaClient();
export const router = express.Router();

// the reason is trimmed for the audit trail and kept nowhere else; the confirmation is only compared
router.delete('/users/:userId', async (req, res) => {
  const { userId } = req.params;
  const { reason, confirmEmail } = req.body;
  if (!reason || reason.trim().length === 0) return res.status(400).json({ error: 'reason required' });
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) return res.status(404).json({ error: 'not found' });
  if (confirmEmail !== user.email) return res.status(400).json({ error: 'confirmation does not match' });
  await logAdminAction(req, 'DELETE_USER', 'user', userId, { reason: reason.trim(), email: user.email });
  await prisma.user.delete({ where: { id: userId } });
  res.json({ deleted: true });
});

// the same reason, but also written onto the user row as it came
router.post('/users/:userId/suspend', async (req, res) => {
  const { userId } = req.params;
  const { reason } = req.body; // expect: validation/unvalidated-input
  if (!reason) return res.status(400).json({ error: 'reason required' });
  await prisma.user.update({ where: { id: userId }, data: { suspended: true, suspendReason: reason.trim() } });
  await logAdminAction(req, 'SUSPEND_USER', 'user', userId, { reason: reason.trim() });
  res.json({ ok: true });
});

// client telemetry goes only into the event log table, as a log line would
router.post('/events', async (req, res) => {
  const { name, screen, at, extra } = req.body;
  if (!name || !screen) return res.status(400).json({ error: 'name and screen required' });
  await exec('INSERT INTO event_log (name, screen, at, extra) VALUES (?, ?, ?, ?)', [name, screen, at || null, JSON.stringify(extra || {})]);
  res.sendStatus(204);
});

// an events table that drives the business (tickets are issued from it) is a record, not a log
router.post('/ticket-events', async (req, res) => {
  const { ticketId, kind } = req.body; // expect: validation/unvalidated-input
  await exec('INSERT INTO ticket_events (ticket_id, kind) VALUES (?, ?)', [ticketId, kind]);
  res.sendStatus(201);
});
