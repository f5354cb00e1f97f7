import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';

const items = new Hono();
const stock = new Map<string, number>();

items.get('/', (c) => c.json([...stock.entries()]));
items.post('/', bearerAuth({ token: 'ops-token' }), async (c) => {
  const { id } = await c.req.json<{ id: string }>();
  stock.set(String(id), 0);
  return c.json({ id }, 201);
});
// an older copy of the delete handler, left above the protected one: Hono answers with this one
items.delete('/:id', (c) => { // expect: authn/unauthenticated-mutation
  stock.delete(c.req.param('id'));
  return c.json({ deleted: true });
});
items.delete('/:itemId', bearerAuth({ token: 'ops-token' }), (c) => {
  stock.delete(c.req.param('itemId'));
  return c.json({ deleted: true });
});
// a middleware-style handler that hands on: the route after it still runs
items.get('/:id', async (c, next) => {
  c.header('Cache-Control', 'no-store');
  await next();
});
items.get('/:id', (c) => c.json({ id: c.req.param('id'), count: stock.get(c.req.param('id')) ?? 0 }));

export default items;
