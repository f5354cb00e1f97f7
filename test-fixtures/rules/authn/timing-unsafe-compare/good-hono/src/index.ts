import { Hono } from 'hono';
import { timingSafeEqual } from 'hono/utils/buffer';

type Bindings = { API_KEY: string };
const app = new Hono<{ Bindings: Bindings }>();

app.use('/internal/*', async (c, next) => {
  const apiKey = c.req.header('x-api-key');
  if (!apiKey) return c.text('unauthorized', 401);
  if (!(await timingSafeEqual(apiKey, c.env.API_KEY))) return c.text('unauthorized', 401);
  await next();
});

app.get('/internal/jobs', (c) => c.json([]));
export default app;
