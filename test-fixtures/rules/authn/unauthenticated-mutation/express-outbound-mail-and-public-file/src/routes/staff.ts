import { Router } from 'express';
import { prisma } from '../db';
import { requireStaff } from '../middleware/auth';

export const staffRouter = Router();

staffRouter.get('/visits', requireStaff, async (req, res) => {
  res.json(await prisma.visit.findMany({ take: 50 }));
});

staffRouter.delete('/visits/:id', requireStaff, async (req, res) => {
  await prisma.visit.delete({ where: { id: Number(req.params.id) } });
  res.status(204).end();
});

// the guard left off: anyone can wipe the guest book
staffRouter.delete('/visits', async (req, res) => { // expect: authn/unauthenticated-mutation
  await prisma.visit.deleteMany({});
  res.status(204).end();
});
