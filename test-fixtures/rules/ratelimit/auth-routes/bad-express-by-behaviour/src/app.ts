import bcrypt from 'bcrypt';
import express from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { findUserByEmail } from './users';

const app = express();
app.use(express.json({ limit: '10kb' }));

const Credentials = z.object({ email: z.string().email(), password: z.string().min(1).max(128) });

app.post('/api/exports', rateLimit({ windowMs: 60 * 60 * 1000, limit: 10 }), (_req, res) => {
  res.status(202).json({ queued: true });
});

// "sessions" is no keyword, but the handler checks a password and issues a token.
app.post('/api/sessions', async (req, res) => { // expect: ratelimit/auth-routes[warning]
  const { email, password } = Credentials.parse(req.body);
  const user = await findUserByEmail(email);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '15m' });
  res.status(201).json({ token });
});

app.listen(3000);
