import express from 'express';
import crypto from 'crypto';
import { db } from './db';

const app = express();
app.use(express.json());

function requireApiKey(req: express.Request, res: express.Response, next: express.NextFunction) {
  const apiKey = req.get('x-api-key');
  if (!apiKey || apiKey !== process.env.ADMIN_API_KEY) return res.status(401).json({ error: 'unauthorized' }); // expect: authn/timing-unsafe-compare
  next();
}

app.post('/webhooks/payments', express.raw({ type: '*/*' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.PAYMENT_WEBHOOK_SECRET!).update(req.body).digest('hex');
  if (req.headers['x-payment-signature'] !== expected) return res.sendStatus(400); // expect: authn/timing-unsafe-compare
  res.sendStatus(200);
});

app.post('/verify-email', async (req, res) => {
  const user = await db.user.findUnique({ where: { email: req.body.email } });
  if (!user || user.verificationCode !== req.body.code) return res.status(400).json({ error: 'invalid code' }); // expect: authn/timing-unsafe-compare
  res.json({ verified: true });
});

app.get('/admin/stats', requireApiKey, (_req, res) => res.json({ ok: true }));
app.listen(3000);
