import { Hono } from 'hono';

// strict: false drops the trailing slash of every request path before routing: /api/requests/ is /api/requests
const app = new Hono({ strict: false }); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

app.post('/api/requests', async (c) => {
  const body = await c.req.json<{ note: string }>();
  return c.json({ created: body.note }, 201);
});
app.post('/api/requests/', async (c) => {
  const body = await c.req.json<{ note: string }>();
  return c.json({ created: body.note, via: 'slash' }, 201);
});

export default app;
