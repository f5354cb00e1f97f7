import express from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { signIn, requireMember, visits } from './auth';

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8) });
const signInLimiter = rateLimit({ windowMs: 15 * 60_000, limit: 5 });

const app = express();
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());

app.post('/auth/login', signInLimiter, async (req, res) => {
  const creds = Credentials.parse(req.body);
  res.json(await signIn(creds.email, creds.password));
});

// a member who already holds a token records the start of a visit: no credential is checked here
app.post('/visits/login', requireMember, (_req, res) => {
  visits.push({ member: res.locals.member, at: Date.now() });
  res.status(204).end();
});

app.listen(3000);
