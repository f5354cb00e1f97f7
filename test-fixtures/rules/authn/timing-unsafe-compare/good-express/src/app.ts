import express from 'express';
import crypto from 'crypto';
import bcrypt from 'bcrypt';
import { db } from './db';

const app = express();
app.use(express.json());

function safeEqual(a: string, b: string) {
  const x = crypto.createHash('sha256').update(a).digest();
  const y = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(x, y);
}

app.use('/admin', (req, res, next) => {
  const apiKey = req.get('x-api-key');
  if (apiKey === undefined || apiKey === '') return res.sendStatus(401);
  if (typeof apiKey !== 'string' || apiKey.length !== 64) return res.sendStatus(401);
  if (!safeEqual(apiKey, process.env.ADMIN_API_KEY ?? '')) return res.sendStatus(401);
  next();
});

app.post('/register', async (req, res) => {
  const { password, confirmPassword } = req.body;
  if (password !== confirmPassword) return res.status(400).json({ error: 'passwords differ' });
  const passwordHash = await bcrypt.hash(password, 12);
  res.status(201).json({ ok: Boolean(passwordHash) });
});

app.post('/login', async (req, res) => {
  const user = await db.user.findUnique({ where: { email: req.body.email } });
  const valid = user ? await bcrypt.compare(req.body.password, user.passwordHash) : false;
  if (valid !== true) return res.sendStatus(401);
  res.json({ id: user!.id });
});

app.post('/reset', async (req, res) => {
  const tokenHash = crypto.createHash('sha256').update(req.body.token).digest('hex');
  const record = await db.reset.findFirst({ where: { tokenHash } });
  if (!record || record.tokenHash !== tokenHash) return res.sendStatus(400);
  res.sendStatus(204);
});

app.get('/me', (req, res) => {
  const token = req.cookies?.token;
  if (token == null) return res.sendStatus(401);
  const tokenType = req.get('x-token-type');
  if (tokenType !== 'Bearer') return res.sendStatus(400);
  res.json({ ok: true });
});

app.listen(3000);

import { body } from 'express-validator';

export const registerRules = [
  body('passwordConfirmation').custom((value, { req }) => {
    if (value !== req.body.password) throw new Error('passwords differ');
    return true;
  }),
];

export function samePassword(password: string, password2: string) {
  return password !== password2 ? 'passwords differ' : null;
}

export function rotationAllowed(request: { nextPasswordHash: string }, stored: { passwordHash: string }) {
  // a new credential must differ from the current one: no guess is being checked
  return request.nextPasswordHash !== stored.passwordHash;
}

export async function findRefreshToken(rows: { find(s: string): Promise<{ tokenHash: string } | null> }, selector: string, plainToken: string) {
  const row = await rows.find(selector);
  if (!row || sha256(plainToken) !== row.tokenHash) return null;
  return row;
}

function sha256(s: string) {
  return crypto.createHash('sha256').update(s).digest('hex');
}
