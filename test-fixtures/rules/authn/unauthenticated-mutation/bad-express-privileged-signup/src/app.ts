import express from 'express';
import { auth, requireAuth } from './auth';
import { prisma } from './db';

const app = express();
app.use(express.json());
app.use('/auth', auth);
app.delete('/appointments/:id', requireAuth, async (req, res) => {
  await prisma.appointment.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
app.listen(3000);
