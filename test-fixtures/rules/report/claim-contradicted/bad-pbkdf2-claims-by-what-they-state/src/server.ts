import express from 'express';
import { pbkdf2Sync, randomBytes, timingSafeEqual } from 'crypto';

const ROUNDS = 100_000;
const users = new Map<string, { salt: string; hash: string }>();

export function hashPassword(password: string, salt = randomBytes(16).toString('hex')) {
  return { salt, hash: pbkdf2Sync(password, salt, ROUNDS, 64, 'sha512').toString('hex') };
}

const app = express();
app.use(express.json());

app.post('/register', (req, res) => {
  const { email, password } = req.body;
  if (typeof email !== 'string' || typeof password !== 'string') return res.status(400).end();
  users.set(email, hashPassword(password));
  res.status(201).end();
});

app.post('/login', (req, res) => {
  const u = users.get(String(req.body.email));
  if (!u) return res.status(401).end();
  const again = hashPassword(String(req.body.password), u.salt);
  res.status(timingSafeEqual(Buffer.from(again.hash), Buffer.from(u.hash)) ? 204 : 401).end();
});

app.listen(3000);
