import { Hono } from 'hono';
import { z } from 'zod';
import { endpoint } from './endpoint';

const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing

const limiter = async (c: any, next: any) => {
  const n = Number((await c.env.COUNTS.get(c.req.header('cf-connecting-ip'))) ?? 0);
  if (n > 100) return c.json({ error: 'slow down' }, 429);
  await next();
};

app.use('/api/search/*', limiter);

const OrderBody = z.object({ sku: z.string().min(1), qty: z.number().int().positive() });

// signed-in business routes: the wrapper's session gate answers 401, which guesses no credential
app.post('/api/orders', endpoint({
  rules: { who: 'member' },
  shape: { body: OrderBody },
  run: async ({ input, env, account }) => env.DB.prepare('insert into orders values (?, ?, ?)').bind(account.id, input.body.sku, input.body.qty).run(),
}));

app.delete('/api/orders/:id', endpoint({
  run: async ({ env, account }) => env.DB.prepare('delete from orders where owner = ?').bind(account.id).run(),
}));

app.post('/api/admin/reindex', endpoint({
  rules: { who: 'member', roles: ['admin'] },
  run: async ({ env }) => env.DB.prepare('update stats set dirty = 1').run(),
}));

// a service-to-service call with a shared key
app.post('/internal/notify', endpoint({
  rules: { who: 'service' },
  run: async ({ env }) => env.QUEUE.send({ kind: 'notify' }),
}));

app.get('/api/search/items', endpoint({
  rules: { who: 'anyone' },
  shape: { query: z.object({ q: z.string().max(50) }) },
  run: async ({ input, env }) => env.DB.prepare('select * from items where name like ?').bind(input.query.q).all(),
}));

// signed-in callers get their own price list, strangers the public one: the session is read, never required
app.get('/api/prices', endpoint({
  rules: { who: 'maybe' },
  run: async ({ env, account }) => env.DB.prepare('select * from prices where list = ?').bind(account ? 'member' : 'public').all(),
}));

export default app;
