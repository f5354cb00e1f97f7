import crypto from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';

function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
  try {
    res.locals.user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

// GitHub signs every delivery: the HMAC of the raw body with the shared secret.
function verifyGithubSignature(req: Request, res: Response, next: NextFunction) {
  const signature = Buffer.from(req.header('x-hub-signature-256') ?? '');
  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET as string).update(req.body).digest('hex'));
  if (signature.length !== expected.length || !crypto.timingSafeEqual(signature, expected)) {
    res.status(401).end();
    return;
  }
  next();
}

const app = express();

app.post('/webhooks/github', express.raw({ type: '*/*' }), verifyGithubSignature, (_req, res) => res.sendStatus(204));
app.delete('/api/repos/:id', requireAuth, (_req, res) => res.sendStatus(204));

app.listen(3000);
