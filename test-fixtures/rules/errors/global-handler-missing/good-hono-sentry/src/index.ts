import { Hono } from 'hono';
import { sentry } from '@hono/sentry';

const app = new Hono();
// reports every error a handler throws (c.error after next()); Hono's default then answers a plain 500
app.use('*', sentry({ dsn: process.env.SENTRY_DSN }));
app.get('/notes', (c) => c.json([]));
app.post('/notes', async (c) => c.json(await c.req.json(), 201));

export default app;
