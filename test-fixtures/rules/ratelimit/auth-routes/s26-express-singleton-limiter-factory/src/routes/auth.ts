import bcrypt from 'bcrypt';
import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { credentialsLimiter } from '../middleware/limits';
import { createUser, findUserByEmail } from '../users';

export const authRouter = Router();

const Credentials = z.object({ email: z.string().email(), password: z.string().min(12).max(128) });
const secret = process.env.JWT_SECRET as string;

authRouter.post('/register', credentialsLimiter, async (req, res) => {
  const { email, password } = Credentials.parse(req.body);
  if (await findUserByEmail(email)) return res.status(409).json({ error: 'Email already registered' });
  const user = await createUser(email, await bcrypt.hash(password, 12));
  res.status(201).json({ id: user.id });
});

authRouter.post('/login', credentialsLimiter, async (req, res) => {
  const { email, password } = Credentials.parse(req.body);
  const user = await findUserByEmail(email);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ token: jwt.sign({ sub: user.id }, secret, { expiresIn: '15m', algorithm: 'HS256' }) });
});

// no limiter of its own, and the registry hands out none here: reported
authRouter.post('/password/reset', async (req, res) => { // expect: ratelimit/auth-routes
  const { email, password } = Credentials.parse(req.body);
  const user = await findUserByEmail(email);
  if (!user) return res.status(404).json({ error: 'Unknown account' });
  user.passwordHash = await bcrypt.hash(password, 12);
  res.status(204).end();
});
