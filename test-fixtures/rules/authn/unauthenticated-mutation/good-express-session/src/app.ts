import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import { z } from 'zod';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
  }
}

function requireSession(req: Request, res: Response, next: NextFunction) {
  if (!req.session.userId) return res.status(401).json({ error: 'Sign in first' });
  next();
}

const lists = new Map<string, string[]>();
const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }));

app.get('/items', requireSession, (req, res) => {
  res.json(lists.get(req.session.userId!) ?? []);
});

app.post('/items', requireSession, (req, res) => {
  const { item } = z.object({ item: z.string().min(1).max(100) }).parse(req.body);
  const list = lists.get(req.session.userId!) ?? [];
  list.push(item);
  lists.set(req.session.userId!, list);
  res.status(201).json(list);
});

app.delete('/items', requireSession, (req, res) => {
  lists.delete(req.session.userId!);
  res.status(204).end();
});

app.listen(3000);
