import crypto from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';
import Stripe from 'stripe';
import { Subscriber, User } from './models';
import { sendMagicLink } from './mail';

const stripe = new Stripe(process.env.STRIPE_KEY as string);
const app = express();

function requireAuth(req: Request, res: Response, next: NextFunction) {
  try {
    res.locals.user = jwt.verify(req.headers.authorization?.slice(7) ?? '', process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}

// The signed link from the confirmation mail is the proof.
app.post('/account/confirm-address', express.json(), async (req, res) => {
  const { sub } = jwt.verify(req.body.token, process.env.EMAIL_TOKEN_SECRET as string, { algorithms: ['HS256'] }) as { sub: string };
  await User.updateOne({ _id: sub }, { $set: { emailVerified: true } });
  res.status(204).end();
});

// A reset code stored as a hash with an expiry.
app.post('/account/new-password', express.json(), async (req, res) => {
  const digest = crypto.createHash('sha256').update(String(req.body.code)).digest('hex');
  const user = await User.findOne({ resetPasswordToken: digest, resetPasswordExpires: { $gt: Date.now() } });
  if (!user) return res.status(400).json({ error: 'invalid or expired code' });
  user.set({ password: req.body.password, resetPasswordToken: undefined });
  await user.save();
  res.status(204).end();
});

// Asking for a magic link: the link goes to the address owner.
app.post('/account/magic-link', express.json(), async (req, res) => {
  await sendMagicLink(String(req.body.email));
  res.status(202).end();
});

// A newsletter form guarded by a captcha.
app.post('/newsletter', express.json(), async (req, res) => {
  const check = await fetch('https://challenges.cloudflare.com/turnstile/v0/siteverify', {
    method: 'POST',
    body: new URLSearchParams({ secret: process.env.TURNSTILE_SECRET as string, response: req.body.captcha }),
  });
  if (!(await check.json()).success) return res.status(400).end();
  await Subscriber.create({ email: req.body.email });
  res.status(201).end();
});

// Stripe signs its events.
app.post('/billing/events', express.raw({ type: 'application/json' }), async (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WHSEC as string);
  await Subscriber.updateOne({ customer: (event.data.object as { customer: string }).customer }, { $set: { paid: true } });
  res.json({ received: true });
});

app.post('/logout', (_req, res) => {
  res.clearCookie('refresh', { path: '/auth' });
  res.status(204).end();
});

app.delete('/articles/:id', requireAuth, (_req, res) => res.status(204).end());

app.listen(3000);
