import { Hono } from 'hono';

type Bindings = { API_KEY: string };
const app = new Hono<{ Bindings: Bindings }>();

app.use('/internal/*', async (c, next) => {
  if (c.req.header('x-api-key') !== c.env.API_KEY) return c.text('unauthorized', 401); // expect: authn/timing-unsafe-compare
  await next();
});

app.get('/internal/jobs', (c) => c.json([]));
export default app;
