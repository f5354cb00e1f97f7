const express = require('express');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.get('/notes', async (req, res) => res.json(await prisma.note.findMany({ take: 20 })));
app.listen(3001);
