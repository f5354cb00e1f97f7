import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { rememberSource, rememberPrefix } from './catalog';

const app = new Hono();

// the source reaches the lookup only where it is one of the two names
app.get('/nodes', async (c) => {
  const source = c.req.query('source');
  if (source && (source === 'universal' || source === 'server')) {
    await rememberSource('me', source);
  }
  return c.json({ ok: true });
});

// a prefix of any text: handed on as sent
app.get('/nodes/search', async (c) => {
  const prefix = c.req.query('prefix'); // expect: validation/unvalidated-input
  if (prefix && prefix !== 'all') {
    await rememberPrefix('me', prefix);
  }
  return c.json({ ok: true });
});

// the two flags are only tested: nothing of them is kept
app.post('/legal/accept', async (c) => {
  const { acceptTerms, acceptPrivacy } = await c.req.json();
  if (!acceptTerms || !acceptPrivacy) {
    return c.json({
      error: 'Both documents must be accepted',
      required: {
        acceptTerms: true,
        acceptPrivacy: true,
      },
    }, 400);
  }
  return c.json({ accepted: true });
});

serve({ fetch: app.fetch, port: 3000 });
