const express = require('express');
const bcrypt = require('bcryptjs');
const { PrismaClient } = require('@prisma/client');

const db = new PrismaClient();
const app = express();
app.use(express.json());

app.post('/staff', async (req, res) => {
  const passwordHash = await bcrypt.hash(String(req.body.password), 12);
  const staff = await db.staff.create({ data: { email: String(req.body.email), passwordHash } });
  res.status(201).json({ id: staff.id });
});

app.post('/staff/:id/temporary-password', async (req, res) => {
  // an operator sets a first password by hand: hashed with a lower cost than sign-up
  const passwordHash = await bcrypt.hash(String(req.body.temporaryPassword), 10);
  await db.staff.update({ where: { id: Number(req.params.id) }, data: { passwordHash } });
  res.json({ ok: true });
});

app.listen(4200);
