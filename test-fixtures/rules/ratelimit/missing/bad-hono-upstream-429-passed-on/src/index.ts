import { Hono } from 'hono';
import { askPrices } from './upstream';

const app = new Hono(); // expect: ratelimit/missing[warning]

// passes the upstream's 429 on: this app counts no one
app.get('/prices/:item', async (c) => {
  const r = await askPrices(c.req.param('item'));
  if (r.status === 429) return c.json({ error: 'upstream busy' }, 429);
  return c.json(r.body);
});

export default app;
