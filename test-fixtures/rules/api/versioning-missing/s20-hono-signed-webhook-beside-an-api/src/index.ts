import { Hono } from 'hono';
import { createHmac, timingSafeEqual } from 'node:crypto';

type Env = { HOOK_SECRET: string; CHAT_URL: string };
const app = new Hono<{ Bindings: Env }>(); // expect: api/versioning-missing

function signatureMatches(secret: string, body: string, header: string): boolean {
  const expected = 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
  return header.length === expected.length && timingSafeEqual(Buffer.from(header), Buffer.from(expected));
}

// the repository host posts push events here (the URL is registered in its webhook settings)
app.post('/hooks/push', async (c) => {
  const body = await c.req.text();
  if (!signatureMatches(c.env.HOOK_SECRET, body, c.req.header('X-Hub-Signature-256') || '')) {
    return c.json({ error: 'Unauthorized' }, 401);
  }
  const event = JSON.parse(body);
  await fetch(c.env.CHAT_URL, { method: 'POST', body: JSON.stringify({ text: `pushed ${event.ref}` }) });
  return c.json({ ok: true });
});

app.get('/health', (c) => c.json({ ok: true }));

app.get('/announcements', async (c) => {
  const res = await fetch(c.env.CHAT_URL + '/history');
  return c.json(await res.json());
});

export default app;
