import bcrypt from 'bcrypt';
import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { createUser, findUserByEmail } from '../users';

export const authRouter = Router();

const Credentials = z.object({ email: z.string().email(), password: z.string().min(12).max(128) });
const secret = process.env.JWT_SECRET as string;

authRouter.post('/register', async (req, res) => {
  const { email, password } = Credentials.parse(req.body);
  if (await findUserByEmail(email)) return res.status(409).json({ error: 'Email already registered' });
  const user = await createUser(email, await bcrypt.hash(password, 12));
  res.status(201).json({ id: user.id, email: user.email });
});

authRouter.post('/login', async (req, res) => {
  const { email, password } = Credentials.parse(req.body);
  const user = await findUserByEmail(email);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ accessToken: jwt.sign({ sub: user.id }, secret, { algorithm: 'HS256', expiresIn: '15m' }) });
});

authRouter.post('/password/reset', async (req, res) => {
  const { email } = z.object({ email: z.string().email() }).parse(req.body);
  await findUserByEmail(email); // a reset link would be e-mailed here
  res.status(202).json({ message: 'If the account exists, a reset link was sent.' });
});
