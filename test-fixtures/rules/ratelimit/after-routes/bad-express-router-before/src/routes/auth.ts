import { Router } from 'express';

export const authRouter = Router();

authRouter.post('/login', (req, res) => {
  const { email, password } = req.body ?? {};
  if (email !== 'demo@example.com' || password !== process.env.DEMO_PASSWORD) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ ok: true });
});
