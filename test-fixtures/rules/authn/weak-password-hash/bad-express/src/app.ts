import express from 'express';
import crypto from 'crypto';
import bcrypt from 'bcryptjs';
import md5 from 'md5';
import { db } from './db';

const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
  const digest = crypto.createHash('sha256').update(req.body.password).digest('hex'); // expect: authn/weak-password-hash
  await db.user.create({ data: { email: req.body.email, passwordHash: digest } });
  res.sendStatus(201);
});

app.post('/legacy/signup', async (req, res) => {
  const { email, password } = req.body;
  await db.user.create({ data: { email, passwordHash: md5(password + email) } }); // expect: authn/weak-password-hash
  res.sendStatus(201);
});

app.post('/admin/users', async (req, res) => {
  const rounds = Number(process.env.SALT_ROUNDS) || 8;
  const passwordHash = await bcrypt.hash(req.body.password, rounds); // expect: authn/weak-password-hash
  await db.user.create({ data: { email: req.body.email, passwordHash } });
  res.sendStatus(201);
});

export async function resetPassword(userId: string, newPassword: string) {
  const salt = await bcrypt.genSalt(6); // expect: authn/weak-password-hash
  await db.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(newPassword, salt) } });
}

app.listen(3000);
