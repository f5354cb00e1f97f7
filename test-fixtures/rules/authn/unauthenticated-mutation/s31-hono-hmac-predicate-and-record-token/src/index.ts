import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { z } from 'zod';

type Env = { Bindings: { DB: any; BILLING_HOOK_SECRET: string; JWT_SECRET: string } };
const app = new Hono<Env>();

app.use('/account/*', (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.post('/account/quotes', async (c) => {
  const body = await c.req.json();
  await c.env.DB.prepare('INSERT INTO quotes (title) VALUES (?)').bind(body.title).run();
  return c.json({ ok: true });
});

async function signatureMatches(rawBody: string, header: string, secret: string): Promise<boolean> {
  const fields: Record<string, string> = {};
  for (const piece of header.split(';')) {
    const at = piece.indexOf('=');
    if (at !== -1) fields[piece.slice(0, at)] = piece.slice(at + 1);
  }
  const stamp = fields['ts'];
  const mac = fields['h1'];
  if (!stamp || !mac) return false;
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const bytes = await crypto.subtle.sign('HMAC', key, enc.encode(`${stamp}:${rawBody}`));
  const hex = Array.from(new Uint8Array(bytes)).map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex === mac;
}

app.post('/hooks/billing', async (c) => {
  const raw = await c.req.text();
  const header = c.req.header('billing-signature') ?? '';
  const secret = c.env.BILLING_HOOK_SECRET;
  if (!secret || !header) return c.json({ ok: false }, 400);
  const ok = await signatureMatches(raw, header, secret);
  if (!ok) return c.json({ ok: false, error: 'bad signature' }, 400);
  const event = JSON.parse(raw);
  await c.env.DB.prepare('UPDATE accounts SET plan = ? WHERE customer = ?').bind(event.plan, event.customer).run();
  return c.json({ ok: true });
});

app.post('/hooks/billing-unchecked', async (c) => { // expect: authn/unauthenticated-mutation
  const raw = await c.req.text();
  const header = c.req.header('billing-signature') ?? '';
  const ok = await signatureMatches(raw, header, c.env.BILLING_HOOK_SECRET);
  console.log('signature', ok);
  const event = JSON.parse(raw);
  await c.env.DB.prepare('UPDATE accounts SET plan = ? WHERE customer = ?').bind(event.plan, event.customer).run();
  return c.json({ ok: true });
});

const draftSchema = z.object({ shareToken: z.string().min(20), notes: z.string().max(2000).optional() });

app.patch('/quotes/:id/draft', async (c) => {
  const id = c.req.param('id');
  const text = await c.req.text();
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return c.json({ ok: false }, 400);
  }
  const parsed = draftSchema.safeParse(payload);
  if (!parsed.success) return c.json({ ok: false }, 422);
  const input = parsed.data;
  const quote = await c.env.DB.prepare('SELECT id, share_token, status FROM quotes WHERE id = ?').bind(id).first();
  if (!quote) return c.json({ ok: false }, 404);
  if (quote.share_token !== input.shareToken) return c.json({ ok: false, error: 'invalid token' }, 403);
  await c.env.DB.prepare('UPDATE quotes SET notes = ? WHERE id = ?').bind(input.notes, id).run();
  return c.json({ ok: true });
});

app.patch('/quotes/:id/status', async (c) => { // expect: authn/unauthenticated-mutation
  const id = c.req.param('id');
  const parsed = draftSchema.safeParse(await c.req.json());
  if (!parsed.success) return c.json({ ok: false }, 422);
  const input = parsed.data;
  const quote = await c.env.DB.prepare('SELECT id, status FROM quotes WHERE id = ?').bind(id).first();
  if (!quote) return c.json({ ok: false }, 404);
  if (quote.status !== 'draft') return c.json({ ok: false, error: 'not a draft' }, 409);
  await c.env.DB.prepare('UPDATE quotes SET notes = ? WHERE id = ?').bind(input.notes, id).run();
  return c.json({ ok: true });
});

export default app;
