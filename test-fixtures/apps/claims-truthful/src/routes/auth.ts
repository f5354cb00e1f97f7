import bcrypt from 'bcrypt';
import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { prisma } from '../db';
import { signAccessToken, validateBody } from '../middleware';

const BCRYPT_COST = 12;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(12).max(128),
});
type Credentials = z.infer<typeof credentialsSchema>;

// Stricter than the global limiter: 5 attempts per 15 minutes per IP.
const credentialsLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 5,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  message: { error: 'too_many_attempts' },
});

export const authRouter = Router();

authRouter.post('/register', credentialsLimiter, validateBody(credentialsSchema), async (req, res) => {
  const { email, password } = req.body as Credentials;
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    res.status(409).json({ error: 'email_taken' });
    return;
  }
  const passwordHash = await bcrypt.hash(password, BCRYPT_COST);
  const user = await prisma.user.create({
    data: { email, passwordHash },
    select: { id: true, email: true, createdAt: true },
  });
  res.status(201).json(user);
});

authRouter.post('/login', credentialsLimiter, validateBody(credentialsSchema), async (req, res) => {
  const { email, password } = req.body as Credentials;
  const user = await prisma.user.findUnique({ where: { email } });
  const valid = user !== null && (await bcrypt.compare(password, user.passwordHash));
  if (!user || !valid) {
    res.status(401).json({ error: 'invalid_credentials' });
    return;
  }
  res.json({ accessToken: signAccessToken(user.id), tokenType: 'Bearer', expiresIn: 900 });
});
