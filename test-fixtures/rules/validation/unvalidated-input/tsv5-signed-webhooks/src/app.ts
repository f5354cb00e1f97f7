import { Hono } from 'hono';
import type { Context } from 'hono';
import { Webhooks } from '@octokit/webhooks';
import { receiveForgeEvent, receiveUnsigned } from './hooks/forge';

const github = new Webhooks({ secret: process.env.GITHUB_WEBHOOK_SECRET ?? '' });
const app = new Hono();

export async function forgeHook(c: Context) {
  const bytes = await c.req.arrayBuffer();
  const payload = Buffer.from(bytes).toString('utf8');
  const result = await receiveForgeEvent(c.req.param('hookId'), payload, c.req.header('x-forge-signature'));
  if (!result.ok) return c.json({ error: result.error }, 400);
  return c.json({ received: true });
}

app.post('/hooks/forge/:hookId', forgeHook);

app.post('/hooks/github', async (c) => {
  const payload = await c.req.text();
  await github.verifyAndReceive({
    id: c.req.header('x-github-delivery') ?? '',
    name: c.req.header('x-github-event') as any,
    payload,
    signature: c.req.header('x-hub-signature-256') ?? '',
  });
  return c.json({ ok: true });
});

app.post('/hooks/plain', async (c) => {
  const payload = await c.req.text(); // expect: validation/unvalidated-input
  return c.json(await receiveUnsigned(payload));
});

export default app;
