const express = require('express');
const { PrismaClient } = require('@prisma/client');
const { listOrders } = require('./orders');

const app = express();

app.get('/users', async (req, res) => {
  const prisma = new PrismaClient(); // expect: data/client-per-request
  const users = await prisma.user.findMany({ take: 20 });
  await prisma.$disconnect();
  res.json(users);
});

app.get('/orders', async (req, res) => {
  res.json(await listOrders(req.query.userId));
});

app.listen(3000);
