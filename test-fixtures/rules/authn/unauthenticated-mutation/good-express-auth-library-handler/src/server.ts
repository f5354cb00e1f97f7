import express, { type NextFunction, type Request, type Response } from 'express';
import { fromNodeHeaders, toNodeHandler } from 'better-auth/node';
import { auth } from './auth';

async function requireSession(req: Request, res: Response, next: NextFunction) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) return res.status(401).json({ error: 'Sign in first' });
  next();
}

const beds: string[] = [];
const app = express();

// Sign-in, sign-up and password reset are the library's own endpoints: public by design.
app.get('/api/auth/*splat', toNodeHandler(auth));
app.post('/api/auth/*splat', toNodeHandler(auth));

app.use(express.json());
app.post('/api/beds', requireSession, (req, res) => {
  beds.push(String(req.body.name));
  res.status(201).json({ count: beds.length });
});

app.listen(3000);
