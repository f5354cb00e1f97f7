import express from 'express';
import crypto from 'node:crypto';
import bcrypt from 'bcrypt';
import * as argon2 from 'argon2';
import { db } from './db';

const app = express();
app.use(express.json());
const SALT_ROUNDS = 12;

app.post('/signup', async (req, res) => {
  const passwordHash = await bcrypt.hash(req.body.password, SALT_ROUNDS);
  await db.user.create({ data: { email: req.body.email, passwordHash } });
  res.sendStatus(201);
});

app.post('/login', async (req, res) => {
  const user = await db.user.findUnique({ where: { email: req.body.email } });
  const ok = user && (await bcrypt.compare(req.body.password, user.passwordHash));
  if (!ok) return res.status(401).json({ error: 'invalid credentials' });
  res.json({ id: user.id });
});

app.post('/password', async (req, res) => {
  const salt = await bcrypt.genSalt(Number(process.env.BCRYPT_ROUNDS ?? 12));
  const passwordHash = await bcrypt.hash(req.body.newPassword, salt);
  await db.user.update({ where: { id: req.body.userId }, data: { passwordHash } });
  res.sendStatus(204);
});

app.post('/vault', async (req, res) => {
  const vaultKeyHash = await argon2.hash(req.body.passphrase);
  res.json({ vaultKeyHash });
});

app.post('/forgot', async (req, res) => {
  const resetToken = crypto.randomBytes(32).toString('hex');
  const tokenHash = crypto.createHash('sha256').update(resetToken).digest('hex');
  await db.reset.create({ data: { email: req.body.email, tokenHash } });
  res.sendStatus(202);
});

app.get('/files/:name', (req, res) => {
  const etag = crypto.createHash('md5').update(req.params.name).digest('hex');
  res.set('ETag', etag).sendStatus(200);
});

app.listen(3000);
