import { Hono } from 'hono';
import { hardenResponse } from './lib/headers';

type Env = { Bindings: { STAGE?: string } };

const app = new Hono<Env>();

app.use('*', async (c, next) => {
  await next();
  try {
    hardenResponse(c.res.headers, c.env);
  } catch {
    // a websocket upgrade answers with frozen headers
  }
});

app.get('/items', (c) => c.json([]));
app.get('/items/:sku', (c) => c.json({ sku: c.req.param('sku').slice(0, 32) }));

export default app;
