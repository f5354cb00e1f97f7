import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { Item } from './item';

const app = new Hono();

app.post('/items/find', async (c) => {
  const filter = await c.req.json();
  return c.json(await Item.find(filter)); // expect: injection/nosql-operator
});

app.post('/items/owner', async (c) => {
  const body = await c.req.json();
  return c.json(await Item.where('owner', body.owner)); // expect: injection/nosql-operator
});

// query values are strings in Hono
app.get('/items', async (c) => c.json(await Item.find({ sku: c.req.query('sku') })));

// validated by zod
app.post('/items/by-sku', zValidator('json', z.object({ sku: z.string() })), async (c) =>
  c.json(await Item.findOne({ sku: c.req.valid('json').sku })));

export default app;
