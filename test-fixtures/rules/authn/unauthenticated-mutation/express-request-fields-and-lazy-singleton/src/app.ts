import express from 'express';
import jwt from 'jsonwebtoken';
import { log } from './logger';
import { settings } from './config';

const app = express();
app.use(express.json());

function requireUser(req: express.Request, res: express.Response, next: express.NextFunction) {
  try {
    (req as any).user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET!);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

const drafts = new Map<string, string>();

app.put('/drafts/:id', requireUser, (req, res) => {
  drafts.set(req.params.id, String(req.body.text));
  res.json({ ok: true });
});

// a public ping that tags the request and logs: nothing stored
app.post('/ping', (req, res) => {
  req.headers['x-seen-at'] = new Date().toISOString();
  log().info({ at: req.headers['x-seen-at'], region: settings().region }, 'ping');
  res.json({ pong: true });
});

// open by mistake: anyone can drop every draft
app.post('/drafts/clear', (req, res) => { // expect: authn/unauthenticated-mutation
  drafts.clear();
  res.json({ ok: true });
});

app.listen(3000);
