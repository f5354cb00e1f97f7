import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const app = new Hono();
app.post('/ask', async (c) => {
  const { q } = await c.req.json<{ q: string }>();
  const r = await fetch('https://api.openai.com/v1/responses', {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', input: String(q) }),
  });
  return c.json(await r.json());
});
serve(app);
