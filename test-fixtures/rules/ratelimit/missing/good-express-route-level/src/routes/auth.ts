import bcrypt from 'bcrypt';
import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { findUserByEmail } from '../users';

export const authRouter = Router();

// Five attempts per 15 minutes per IP; successful logins do not count.
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 5, skipSuccessfulRequests: true });

const Credentials = z.object({ email: z.string().email(), password: z.string().min(1).max(128) });

authRouter.post('/login', loginLimiter, async (req, res) => {
  const { email, password } = Credentials.parse(req.body);
  const user = await findUserByEmail(email);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '15m' });
  res.json({ token });
});
