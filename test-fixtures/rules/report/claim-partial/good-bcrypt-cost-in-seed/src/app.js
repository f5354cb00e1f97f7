const express = require('express');
const { PrismaClient } = require('@prisma/client');
const { hashPassword } = require('./password');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
  const user = await prisma.user.create({ data: { email: String(req.body.email), password: await hashPassword(String(req.body.password)) } });
  res.status(201).json({ id: user.id });
});

app.listen(3000);
