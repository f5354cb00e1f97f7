import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { keepAll, keepNote, redeemGrant } from './grants';

const app = new Hono();

app.post('/oauth/token', async (c) => {
  let form: Record<string, string>;
  if ((c.req.header('content-type') || '').includes('application/x-www-form-urlencoded')) {
    form = Object.fromEntries(new URLSearchParams(await c.req.text()));
  } else {
    form = await c.req.json();
  }
  const { grant_type, code, client_id, code_verifier, redirect_uri } = form;
  if (grant_type !== 'authorization_code') return c.json({ error: 'unsupported_grant_type' }, 400);
  if (!code || !client_id || !code_verifier || !redirect_uri) return c.json({ error: 'invalid_request' }, 400);
  const token = await redeemGrant(code, client_id, code_verifier, redirect_uri);
  if (!token) return c.json({ error: 'invalid_grant' }, 400);
  return c.json({ access_token: token, token_type: 'bearer' });
});

// a form field written to a row as it came
app.post('/notes', async (c) => {
  const form = Object.fromEntries(new URLSearchParams(await c.req.text())); // expect: validation/unvalidated-input
  if (!form.text) return c.json({ error: 'text required' }, 400);
  await keepNote(form.text);
  return c.json({ ok: true });
});

// the decoded form stored whole
app.post('/notes/bulk', async (c) => {
  const form = Object.fromEntries(new URLSearchParams(await c.req.text())); // expect: validation/unvalidated-input
  await keepAll(form);
  return c.json({ ok: true });
});

// a form field hashed and the digest kept: no comparison settles it
app.post('/pins', async (c) => {
  const form = Object.fromEntries(new URLSearchParams(await c.req.text())); // expect: validation/unvalidated-input
  await keepNote(createHash('sha256').update(form.pin).digest('hex'));
  return c.json({ ok: true });
});

export default app;
