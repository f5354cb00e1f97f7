import { Router } from 'express';
import { prisma } from '../db';
import { authenticate, authorize } from '../auth';

export const reports = Router();

reports.use(authenticate);
// everything below is for the accounting staff only
reports.use(authorize('ADMIN', 'ACCOUNTANT'));

reports.delete('/:id', async (req, res) => {
  await prisma.taxReport.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
