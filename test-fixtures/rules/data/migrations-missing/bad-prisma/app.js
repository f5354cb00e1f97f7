const express = require('express');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.get('/users/:id', async (req, res) => res.json(await prisma.user.findUnique({ where: { id: Number(req.params.id) } })));
app.listen(3000);
