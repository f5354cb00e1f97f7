import { Router } from 'express';
import { pool, prisma } from '../db';
import { requireAuth } from '../middleware/auth';

export const usersRouter = Router();

// GET /api/users?search=ali&limit=20
usersRouter.get('/', requireAuth, async (req, res) => {
  const { search = '', limit = '20' } = req.query; // expect: validation/unvalidated-input
  const { rows } = await pool.query(`SELECT id, email, name, created_at FROM users WHERE name ILIKE '%${search}%' ORDER BY created_at DESC LIMIT ${limit}`); // expect: injection/sql-raw-query[error]
  res.json(rows);
});

usersRouter.get('/me', requireAuth, async (req, res) => {
  const user = await prisma.user.findUnique({
    where: { id: req.user!.id },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
  res.json(user);
});

usersRouter.get('/:id', requireAuth, async (req, res) => {
  const user = await prisma.user.findUnique({ where: { id: req.params.id as string }, select: { id: true, email: true, name: true } });
  if (!user) {
    res.status(404).json({ error: 'User not found' });
    return;
  }
  res.json(user);
});

usersRouter.patch('/:id', requireAuth, async (req, res) => {
  const { name, email, role } = req.body; // expect: validation/unvalidated-input
  const user = await prisma.user.update({ // expect: authn/missing-ownership-check
    where: { id: req.params.id as string },
    data: { name, email, role },
    select: { id: true, email: true, name: true, role: true },
  });
  res.json(user);
});

usersRouter.delete('/:id', async (req, res) => { // expect: authn/unauthenticated-mutation
  await prisma.user.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
