import express, { Request, Response, NextFunction } from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { z } from 'zod';

const Login = z.object({ email: z.string().email(), password: z.string().min(8) });
const Ticket = z.object({ title: z.string().min(1).max(200) });

function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace('Bearer ', '');
  if (!token) return res.status(401).end();
  try {
    jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}

const app = express();
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());

app.post('/auth/login', (req, res) => {
  const body = Login.parse(req.body);
  res.json({ token: jwt.sign({ sub: body.email }, process.env.JWT_SECRET!, { expiresIn: '15m' }) });
});
app.post('/auth/register', (req, res) => {
  const body = Login.parse(req.body);
  res.status(201).json({ email: body.email });
});
app.get('/health', (_req, res) => res.json({ ok: true }));
app.get('/tickets', requireAuth, (_req, res) => res.json([]));
app.post('/tickets', requireAuth, (req, res) => res.status(201).json(Ticket.parse(req.body)));
app.delete('/tickets/:id', requireAuth, (_req, res) => res.status(204).end());

app.listen(3000);
