import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import Stripe from 'stripe';

type Bindings = { STRIPE_SECRET_KEY: string; ADMIN_TOKEN: string; DB: D1Database };
const app = new Hono<{ Bindings: Bindings }>();

// a warm isolate keeps one client: the key is compared with the key it was made with
let cachedStripe: { key: string; client: Stripe } | null = null;

function stripeFor(apiKey: string): Stripe {
  if (cachedStripe?.key === apiKey) return cachedStripe.client;
  cachedStripe = { key: apiKey, client: new Stripe(apiKey) };
  return cachedStripe.client;
}

app.use('/account/*', async (c, next) => {
  const raw = getCookie(c, 'sid');
  if (!raw) return c.text('unauthorized', 401);
  const fullToken = decodeURIComponent(raw);
  const bareToken = fullToken.split('.')[0] || fullToken;
  // the session row is found by the token itself; the comparison only decides whether a second lookup is needed
  let row = await c.env.DB.prepare('SELECT user_id FROM sessions WHERE token = ?').bind(bareToken).first();
  if (!row && bareToken !== fullToken) {
    row = await c.env.DB.prepare('SELECT user_id FROM sessions WHERE token = ?').bind(fullToken).first();
  }
  if (!row) return c.text('unauthorized', 401);
  await next();
});

app.post('/admin/refunds', async (c) => {
  const given = c.req.header('x-admin-token');
  if (given !== c.env.ADMIN_TOKEN) return c.text('forbidden', 403); // expect: authn/timing-unsafe-compare
  const stripe = stripeFor(c.env.STRIPE_SECRET_KEY);
  const body = await c.req.json();
  return c.json(await stripe.refunds.create({ payment_intent: String(body.intent) }));
});

app.get('/account/me', (c) => c.json({ ok: true }));
export default app;
