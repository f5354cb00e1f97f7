import { Hono } from 'hono';

export const orders = new Hono();
const placed: { code: string; items: string[] }[] = [];

orders.post('/', async (c) => { // expect: authn/unauthenticated-mutation
  const body = await c.req.json(); // expect: validation/unvalidated-input
  placed.push({ code: crypto.randomUUID(), items: body.items });
  return c.json({ ok: true }, 201);
});
orders.get('/:code', (c) => c.json(placed.find((o) => o.code === c.req.param('code')) ?? null));
orders.delete('/:code', (c) => {
  const i = placed.findIndex((o) => o.code === c.req.param('code'));
  if (i >= 0) placed.splice(i, 1);
  return c.body(null, 204);
});
