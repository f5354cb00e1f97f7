import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';

const LOCAL = 'development';

const app = new Hono<{ Bindings: { ENVIRONMENT?: string; CACHE: KVNamespace; API_TOKEN: string } }>();

app.put('/api/settings', async (c, next) => bearerAuth({ token: c.env.API_TOKEN })(c, next), async (c) => {
  await c.env.CACHE.put('settings', JSON.stringify(await c.req.json()));
  return c.json({ ok: true });
});

// seed scripts clear the local cache; a deployed worker answers 404 (wrangler sets ENVIRONMENT per environment)
app.post('/dev/clear-cache', async (c) => {
  if (c.env.ENVIRONMENT !== LOCAL) {
    return c.notFound();
  }
  const listed = await c.env.CACHE.list();
  await Promise.all(listed.keys.map((k) => c.env.CACHE.delete(k.name)));
  return c.json({ cleared: listed.keys.length });
});

export default app;
