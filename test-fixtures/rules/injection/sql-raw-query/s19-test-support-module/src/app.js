const express = require('express');
const { PrismaClient } = require('@prisma/client');
const tenant = require('./db/tenant');

const prisma = new PrismaClient();
const app = express();

app.get('/invoices', async (req, res) => {
  await tenant.useTenant(prisma, res.locals.tenantId);
  res.json(await prisma.invoice.findMany());
});

app.listen(3000);
