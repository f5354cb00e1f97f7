import express, { Request, Response } from 'express';
import { PrismaClient } from '@prisma/client';
import { logAdminAction } from './audit';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// the range only picks a branch (a default for anything else); it is then noted in the audit trail and echoed
app.get('/admin/stats', async (req: Request, res: Response) => {
  const { range = '30d' } = req.query;
  let days: number;
  switch (range) {
    case '7d':
      days = 7;
      break;
    case '90d':
      days = 90;
      break;
    default:
      days = 30;
  }
  const rows = await prisma.user.groupBy({ by: ['role'], _count: { role: true } });
  const byRole = rows.reduce((acc, row) => {
    acc[row.role] = row._count.role;
    return acc;
  }, {} as Record<string, number>);
  await logAdminAction('admin', 'VIEW_STATS', { range });
  res.json({ range, days, byRole });
});

// free text only written to the audit trail is a note of the request, as a log line is
app.post('/admin/users/:userId/suspend', async (req: Request, res: Response) => {
  const { reason } = req.body;
  await prisma.user.update({ where: { id: req.params.userId }, data: { suspendedAt: new Date() } });
  await logAdminAction('admin', 'SUSPEND_USER', { reason });
  res.json({ ok: true });
});

// the same note, also kept on the user's record as sent
app.post('/admin/users/:userId/lock', async (req: Request, res: Response) => {
  const { reason } = req.body; // expect: validation/unvalidated-input
  await prisma.user.update({ where: { id: req.params.userId }, data: { lockedAt: new Date(), lockReason: reason } });
  await logAdminAction('admin', 'LOCK_USER', { reason });
  res.json({ ok: true });
});

// a destructured field never used again (a key of the same name elsewhere is not it)
app.get('/photos/:id/download', async (req: Request, res: Response) => {
  const { id } = req.params;
  const { galleryId } = req.query;
  const photo = await prisma.photo.findUnique({ where: { id }, include: { gallery: true } });
  if (!photo) return res.status(404).json({ error: 'not found' });
  await prisma.download.create({ data: { photoId: photo.id, galleryId: photo.gallery.id } });
  res.json({ url: photo.url });
});

// a filter value with a fallback, only compared with each item of an in-memory list
const proposals = [{ id: 1, status: 'open' }, { id: 2, status: 'closed' }];
app.get('/proposals', (req: Request, res: Response) => {
  const status = (req.query.status as string) || undefined;
  const shown = status ? proposals.filter((p) => p.status === status) : proposals;
  res.json({ data: shown });
});

// the same fallback, then spliced into SQL text
app.get('/proposals/db', async (req: Request, res: Response) => {
  const status = (req.query.status as string) || undefined; // expect: validation/unvalidated-input
  const rows = await prisma.$queryRawUnsafe(`SELECT * FROM proposals WHERE status = '${status}'`);
  res.json({ data: rows });
});

app.listen(3000);
