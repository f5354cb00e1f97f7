import express from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { followCompany, unfollowCompany } from './follows.js';
import { castVote } from './votes.js';
import { reserveRecipients } from './quota.js';

const app = express();
app.use(express.json());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));

function authenticate(req: express.Request, res: express.Response, next: express.NextFunction) {
  try {
    const token = (req.headers.authorization ?? '').replace('Bearer ', '');
    (req as any).user = jwt.verify(token, process.env.JWT_SECRET as string);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.post('/api/auth/login', (req, res) => {
  const sub = String(req.body.email);
  const access = jwt.sign({ sub }, process.env.JWT_SECRET as string, { expiresIn: '15m' });
  const refresh = jwt.sign({ sub, kind: 'refresh' }, process.env.JWT_REFRESH_SECRET as string, { expiresIn: '30d' });
  res.json({ access, refresh });
});

app.post('/api/companies/:id/follow', authenticate, async (req, res) => {
  await followCompany((req as any).user.sub, req.params.id);
  res.status(204).end();
});

app.delete('/api/companies/:id/follow', authenticate, async (req, res) => {
  await unfollowCompany((req as any).user.sub, req.params.id);
  res.status(204).end();
});

app.post('/api/topics/:id/votes', authenticate, async (req, res) => {
  await castVote((req as any).user.sub, req.params.id, req.body.value === -1 ? -1 : 1);
  res.status(204).end();
});

app.post('/api/messages/bulk', authenticate, async (req, res) => {
  const to = Array.isArray(req.body.to) ? req.body.to.slice(0, 50) : [];
  await reserveRecipients((req as any).user.sub, to.length);
  res.status(202).json({ queued: to.length });
});

app.listen(3000);
