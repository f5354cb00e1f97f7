import { Router } from 'express';
import { prisma } from '../db';
import { login, registerUser } from '../services/authService';

export const authRouter = Router();

authRouter.post('/register', async (req, res) => {
  const { email, password, name } = req.body; // expect: validation/unvalidated-input

  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) {
    res.status(409).json({ error: 'Email already registered' });
    return;
  }

  const user = await registerUser(email, password, name);
  res.status(201).json(user);
});

authRouter.post('/login', async (req, res) => {
  const { email, password } = req.body; // expect: validation/unvalidated-input

  const token = await login(email, password);
  if (!token) {
    res.status(401).json({ error: 'Invalid email or password' });
    return;
  }

  res.json({ token });
});
