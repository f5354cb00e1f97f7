import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { validate } from '../middleware/validate';
import { loginWithPassword, registerUser } from '../services/authService';

// Stricter than the global limiter: 5 failed attempts per 15 minutes per IP.
const loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 5,
  skipSuccessfulRequests: true,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
});

const loginSchema = z.object({
  body: z.object({
    email: z.string().trim().email().max(254),
    password: z.string().min(1).max(128),
  }),
});

export const authRouter = Router();

authRouter.post('/register', async (req, res) => {
  const user = await registerUser(req.body);
  if (!user) {
    res.status(409).json({ error: 'Email already registered' });
    return;
  }
  res.status(201).json(user);
});

authRouter.post('/login', loginLimiter, validate(loginSchema), async (req, res) => {
  const { email, password } = req.body;
  const accessToken = await loginWithPassword(email, password);
  if (!accessToken) {
    res.status(401).json({ error: 'Invalid email or password' });
    return;
  }
  res.json({ accessToken, tokenType: 'Bearer', expiresIn: 900 });
});
