import { Router } from 'express';
import { z } from 'zod';
import { pool, prisma } from '../db';
import { requireAuth } from '../middleware/auth';
import { validate } from '../middleware/validate';

const listUsersSchema = z.object({
  query: z.object({
    search: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  }),
});

const updateMeSchema = z.object({
  body: z.object({ name: z.string().trim().min(1).max(100) }).strict(),
});

const userIdSchema = z.object({
  params: z.object({ id: z.string().uuid() }),
});

const publicUser = { id: true, email: true, name: true, role: true, createdAt: true } as const;

export const usersRouter = Router();

// GET /api/v1/users?search=ali&limit=20&offset=0
usersRouter.get('/', requireAuth, validate(listUsersSchema), async (req, res) => {
  const { search = '', limit = '20', offset = '0' } = req.query as Record<string, string | undefined>;
  const { rows } = await pool.query(
    'SELECT id, email, name, created_at FROM users WHERE name ILIKE $1 ORDER BY created_at DESC LIMIT $2 OFFSET $3',
    [`%${search}%`, Number(limit), Number(offset)],
  );
  res.json(rows);
});

usersRouter.get('/me', requireAuth, async (req, res) => {
  const user = await prisma.user.findUnique({ where: { id: req.user!.id }, select: publicUser });
  res.json(user);
});

usersRouter.patch('/me', requireAuth, validate(updateMeSchema), async (req, res) => {
  const user = await prisma.user.update({
    where: { id: req.user!.id },
    data: { name: req.body.name },
    select: publicUser,
  });
  res.json(user);
});

usersRouter.delete('/:id', requireAuth, validate(userIdSchema), async (req, res) => {
  const { id } = req.params as { id: string };
  if (req.user!.role !== 'ADMIN' && req.user!.id !== id) {
    res.status(403).json({ error: 'Forbidden' });
    return;
  }
  const { count } = await prisma.user.deleteMany({ where: { id } });
  res.status(count ? 204 : 404).end();
});
