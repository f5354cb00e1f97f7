import { Hono } from 'hono';

const app = new Hono();
const pending = new Map<string, string>();

// either spelling of the query key, bounded by length before the lookup
app.get('/pair', (c) => {
  const code = c.req.query('Code') ?? c.req.query('code');
  if (!code || code.length > 64) return c.json({ error: 'bad code' }, 400);
  return c.json({ device: pending.get(code) ?? null });
});

export default app;
