import crypto from 'node:crypto';
import express from 'express';
import type { Request, Response, NextFunction } from 'express';
import { prisma } from './db';

const app = express();
app.use(express.json());

// the export sidecar's callbacks: it sends the shared worker token, there is no user behind the call
function workerToken(req: Request, res: Response, next: NextFunction) {
  const sent = Buffer.from(String(req.headers['x-worker-token'] ?? ''), 'utf8');
  const expected = Buffer.from(process.env.WORKER_TOKEN ?? '', 'utf8');
  if (sent.length !== expected.length || !crypto.timingSafeEqual(sent, expected)) {
    return res.status(401).json({ error: 'invalid worker token' });
  }
  next();
}

// a per-user API key: looked up, it names the user who sent it
async function apiKey(req: Request, res: Response, next: NextFunction) {
  const row = await prisma.apiKey.findUnique({ where: { key: String(req.headers['x-api-key']) } });
  if (!row) return res.status(401).json({ error: 'invalid key' });
  (req as any).user = { id: row.userId };
  next();
}

app.post('/worker/exports/:id/done', workerToken, async (req, res) => {
  const job = await prisma.export.update({ where: { id: req.params.id }, data: { status: 'done' } });
  res.json(job);
});

app.post('/keys/exports/:id/cancel', apiKey, async (req, res) => {
  const job = await prisma.export.update({ where: { id: req.params.id }, data: { status: 'cancelled' } }); // expect: authn/missing-ownership-check
  res.json(job);
});

// an inline session check: the route is authenticated, whatever its middleware is called
app.delete('/exports/:id', async (req, res, next) => {
  const session = await prisma.session.findUnique({ where: { token: String(req.headers.authorization) } });
  if (!session) return res.status(401).json({ error: 'unauthorized' });
  (req as any).user = { id: session.userId };
  next();
}, async (req, res) => {
  await prisma.export.delete({ where: { id: req.params.id } }); // expect: authn/missing-ownership-check
  res.status(204).end();
});

app.listen(3000);
