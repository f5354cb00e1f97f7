const express = require('express');
const { PrismaClient } = require('@prisma/client');

const db = new PrismaClient();
const app = express();
app.use(express.json());

app.get('/api/fields/:id', async (req, res) => {
  res.json(await db.field.findUnique({ where: { id: Number(req.params.id) } }));
});

app.get('/api/assessments/:id/score', async (req, res) => {
  const a = await db.assessment.findUnique({ where: { id: Number(req.params.id) } });
  res.json({ score: a ? a.score : null });
});

app.listen(7100);
