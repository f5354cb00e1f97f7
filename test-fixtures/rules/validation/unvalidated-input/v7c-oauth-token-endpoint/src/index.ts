import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { exchangeCode, exchangeCodeKeepingClient } from './grants.js';

const app = new Hono();

// the token endpoint takes a form or JSON body; every field is compared or names the stored grant
app.post('/oauth/token', async (c) => {
  const type = c.req.header('content-type') || '';
  let fields: Record<string, string>;
  if (type.includes('application/x-www-form-urlencoded')) {
    fields = Object.fromEntries(new URLSearchParams(await c.req.text()));
  } else {
    fields = await c.req.json();
  }
  const { grant_type, code, client_id, code_verifier, redirect_uri } = fields;
  if (grant_type !== 'authorization_code') return c.json({ error: 'unsupported_grant_type' }, 400);
  if (!code || !client_id || !code_verifier || !redirect_uri) return c.json({ error: 'invalid_request' }, 400);
  const issued = await exchangeCode(code, client_id, code_verifier, redirect_uri);
  if (!issued) return c.json({ error: 'invalid_grant' }, 400);
  return c.json({ access_token: issued.accessToken, token_type: 'bearer', expires_in: issued.expiresIn });
});

// a second endpoint whose exchange stores the client id it was sent
app.post('/oauth/token-legacy', async (c) => {
  const { code, client_id } = await c.req.json(); // expect: validation/unvalidated-input
  if (!code || !client_id) return c.json({ error: 'invalid_request' }, 400);
  const issued = await exchangeCodeKeepingClient(code, client_id);
  if (!issued) return c.json({ error: 'invalid_grant' }, 400);
  return c.json({ access_token: issued.accessToken });
});

serve({ fetch: app.fetch, port: 3000 });
