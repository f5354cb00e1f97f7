import express from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
import { issueFormToken } from './csrf.js';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').slice(7), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.post('/auth/register', async (req, res) => {
  const { email, username, password } = req.body;
  const hashed = await bcrypt.hash(password, 12);
  const user = await prisma.user.create({ data: { email, username, password: hashed, money: 1000 } });
  const formToken = issueFormToken(req, res, { userId: user.id });
  res.status(201).json({ id: user.id, formToken });
});

app.post('/stables', requireUser, async (req, res) => {
  res.json(await prisma.stable.create({ data: { name: String(req.body.name).slice(0, 60), ownerId: req.user.id } }));
});

app.post('/stables/:id/rename', async (req, res) => { // expect: authn/unauthenticated-mutation
  await prisma.stable.updateMany({ where: { id: req.params.id, ownerId: req.user?.id }, data: { name: String(req.body.name).slice(0, 60) } });
  res.json({ ok: true });
});

app.listen(3000);
