const express = require('express');
const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const { PrismaClient } = require('@prisma/client');

const db = new PrismaClient();
const app = express();
app.use(express.json());

async function storeRefresh(userId, token) {
  // the refresh token is random: a cheap hash is enough to keep it unreadable at rest
  const digest = await bcrypt.hash(token, 10);
  await db.session.create({ data: { userId, digest } });
}

app.post('/register', async (req, res) => {
  const passwordHash = await bcrypt.hash(String(req.body.password), 12);
  const member = await db.member.create({ data: { email: String(req.body.email), passwordHash } });
  const refresh = crypto.randomBytes(48).toString('base64url');
  await storeRefresh(member.id, refresh);
  res.status(201).json({ id: member.id, refresh });
});

app.post('/password/forgot', async (req, res) => {
  const member = await db.member.findUnique({ where: { email: String(req.body.email) } });
  if (member) {
    const linkSecret = crypto.randomBytes(32).toString('hex');
    const stored = await bcrypt.hash(linkSecret, 10);
    await db.member.update({ where: { id: member.id }, data: { resetDigest: stored } });
  }
  res.json({ sent: true });
});

app.post('/password/change', async (req, res) => {
  const passwordHash = await bcrypt.hash(String(req.body.newPassword), 12);
  await db.member.update({ where: { id: Number(req.body.id) }, data: { passwordHash } });
  res.json({ changed: true });
});

app.listen(4100);
