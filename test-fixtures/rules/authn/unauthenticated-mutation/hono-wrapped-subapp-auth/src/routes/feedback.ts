import { Hono } from 'hono';

const app = new Hono();
const archived = new Set<string>();

app.post('/:id/archive', (c) => { // expect: authn/unauthenticated-mutation[warning]
  archived.add(c.req.param('id'));
  return c.body(null, 204);
});

export default app;
