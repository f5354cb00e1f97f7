import express from 'express';
import crypto from 'crypto';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

async function issueSession(userId: string) {
  const accessToken = jwt.sign({ sub: userId }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '15m' });
  // an opaque renewal value kept server-side, not a JWT
  const renewal = crypto.randomBytes(48).toString('hex');
  await prisma.refreshToken.create({ data: { userId, token: renewal, expiresAt: new Date(Date.now() + 14 * 86400000) } });
  return { accessToken, renewal };
}

app.post('/session', async (req, res) => {
  res.json(await issueSession(String(req.body.userId)));
});

app.post('/session/renew', async (req, res) => {
  const row = await prisma.refreshToken.findUnique({ where: { token: String(req.body.renewal) } });
  if (!row || row.revoked || row.expiresAt < new Date()) return res.status(401).end();
  await prisma.refreshToken.update({ where: { id: row.id }, data: { revoked: true } });
  res.json(await issueSession(row.userId));
});

app.listen(3000);
