import { Hono } from 'hono';
import { makeLimiter } from './limiter.js';
import { guardedLimiter } from './wrap.js';

// the limiter a class instance's method makes, wrapped in a failure logger that calls it on every request
const app = new Hono();
app.use('*', guardedLimiter(makeLimiter()));
const items: string[] = [];
app.get('/items', (c) => c.json(items));
app.post('/items', async (c) => {
  const b = await c.req.json();
  items.push(String(b.name));
  return c.json({ ok: true });
});
export default app;
