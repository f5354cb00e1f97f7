import { Hono } from 'hono';
import { request } from 'undici';

const app = new Hono();

app.get('/proxy', async (c) => {
  const target = c.req.query('target');
  const upstream = await fetch(target!); // expect: injection/ssrf
  return new Response(upstream.body, { status: upstream.status });
});

app.post('/import', async (c) => {
  const { feed } = await c.req.json();
  const { body } = await request(new URL(feed)); // expect: injection/ssrf
  return c.text(await body.text());
});

export default app;
