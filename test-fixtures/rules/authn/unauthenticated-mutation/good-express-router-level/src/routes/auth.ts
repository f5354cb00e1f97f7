import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { checkPassword, createAccount, sendResetMail } from '../accounts';

export const authRouter = Router();

const Credentials = z.object({ email: z.string().email(), password: z.string().min(12).max(128) });
const sign = (sub: string) => jwt.sign({ sub }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '15m' });

authRouter.post('/register', async (req, res) => {
  const { email, password } = Credentials.parse(req.body);
  const id = await createAccount(email, password);
  res.status(201).json({ token: sign(id) });
});

authRouter.post('/login', async (req, res) => {
  const { email, password } = Credentials.parse(req.body);
  const id = await checkPassword(email, password);
  if (!id) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ token: sign(id) });
});

authRouter.post('/forgot-password', async (req, res) => {
  const { email } = z.object({ email: z.string().email() }).parse(req.body);
  await sendResetMail(email);
  res.status(202).end();
});
