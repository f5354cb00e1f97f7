import bcrypt from 'bcrypt';
import crypto from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';

type Tutor = { id: string; passwordHash: string; verified: boolean; apiToken: string };
const tutors = new Map<string, Tutor>();

function requireAdmin(req: Request, res: Response, next: NextFunction) {
  try {
    const claims = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET as string) as { role?: string };
    if (claims.role !== 'admin') return res.status(403).json({ error: 'Admins only' });
    (req as Request & { user?: unknown }).user = claims;
    next();
  } catch {
    res.status(401).json({ error: 'Sign in first' });
  }
}

const app = express();
app.use(express.json());

app.post('/login', rateLimit({ windowMs: 15 * 60_000, limit: 5 }), async (req, res) => {
  const tutor = tutors.get(String(req.body.id));
  if (!tutor || !(await bcrypt.compare(String(req.body.password), tutor.passwordHash))) return res.status(401).end();
  res.json({ token: jwt.sign({ sub: tutor.id }, process.env.JWT_SECRET as string, { expiresIn: '1h' }) });
});

// Signed-in administrator actions whose paths contain "verify" and "access-token": no one guesses credentials here.
app.put('/admin/verify-tutor/:id', requireAdmin, (req, res) => {
  const tutor = tutors.get(req.params.id);
  if (tutor) tutors.set(tutor.id, { ...tutor, verified: true });
  res.status(204).end();
});

app.post('/admin/tutors/:id/access-token', requireAdmin, (req, res) => {
  const apiToken = crypto.randomBytes(24).toString('hex');
  const tutor = tutors.get(req.params.id);
  if (tutor) tutors.set(tutor.id, { ...tutor, apiToken });
  res.json({ apiToken });
});

// Behind authentication, but it checks the current password: a stolen session can guess it.
app.post('/account/password', requireAdmin, async (req, res) => { // expect: ratelimit/auth-routes
  const tutor = tutors.get(String((req as Request & { user?: { sub: string } }).user?.sub));
  if (!tutor || !(await bcrypt.compare(String(req.body.currentPassword), tutor.passwordHash))) return res.status(401).end();
  tutors.set(tutor.id, { ...tutor, passwordHash: await bcrypt.hash(String(req.body.newPassword), 12) });
  res.status(204).end();
});

// The handler reads the session cookie and verifies its signature itself before acting: a signed token is not guessed.
app.post('/admin/archive-tutor', (req, res) => {
  const raw = String(req.headers.cookie ?? '').split('session=')[1];
  if (!raw) return res.status(401).json({ error: 'Sign in first' });
  const claims = jwt.verify(raw, process.env.JWT_SECRET as string) as { role?: string };
  if (claims.role !== 'admin') return res.status(403).json({ error: 'Admins only' });
  tutors.delete(String(req.body.id));
  res.status(204).end();
});

app.listen(3000);
