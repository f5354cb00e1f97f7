import { Hono } from 'hono';
import { requests } from './requests';

// default options: strict routing, so a trailing slash makes another path
const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

app.post('/api/requests', async (c) => {
  const body = await c.req.json<{ note: string }>();
  return c.json({ created: body.note }, 201);
});
// the client library posts here with a slash: a second route, not a repeat of the first
app.post('/api/requests/', async (c) => {
  const body = await c.req.json<{ note: string }>();
  return c.json({ created: body.note, via: 'slash' }, 201);
});
app.route('/api/queue', requests);

export default app;
