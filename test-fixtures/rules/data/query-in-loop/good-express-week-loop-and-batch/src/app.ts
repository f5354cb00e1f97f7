import express from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// appointments per day over the last seven days: seven counts, whatever the data
app.get('/stats/week', async (req, res) => {
  const days: { day: string; count: number }[] = [];
  for (let i = 6; i >= 0; i--) {
    const from = new Date();
    from.setDate(from.getDate() - i);
    from.setHours(0, 0, 0, 0);
    const to = new Date(from);
    to.setDate(from.getDate() + 1);
    days.push({ day: from.toISOString().slice(0, 10), count: await prisma.appointment.count({ where: { at: { gte: from, lt: to } } }) });
  }
  res.json(days);
});

// the new order of a recipe's steps, written in one batch transaction
app.patch('/recipes/:id/steps/order', async (req, res) => {
  const ids: string[] = Array.isArray(req.body.stepIds) ? req.body.stepIds.map(String).slice(0, 200) : [];
  await prisma.$transaction(ids.map((id, order) => prisma.step.update({ where: { id }, data: { order } })));
  res.status(204).end();
});

// one query per patient: grows with the data
app.get('/stats/patients', async (req, res) => {
  const patients = await prisma.patient.findMany({ take: 500 });
  const out = [];
  for (let i = 0; i < patients.length; i++) {
    out.push(await prisma.appointment.count({ where: { patientId: patients[i].id } })); // expect: data/query-in-loop
  }
  res.json(out);
});

app.listen(3000);
