import { Hono } from 'hono';

type Env = { Bindings: { REQUESTS: { writeDataPoint(p: { blobs?: string[]; doubles?: number[]; indexes?: string[] }): void } } };

export const app = new Hono<Env>();

// every request's method, path, status and duration, one Analytics Engine data point each
app.use('*', async (c, next) => {
  const started = Date.now();
  await next();
  c.env.REQUESTS.writeDataPoint({
    blobs: [c.req.method, c.req.path, String(c.res.status)],
    doubles: [Date.now() - started],
    indexes: [c.req.path],
  });
});

app.get('/habits', (c) => c.json([]));
app.post('/habits', async (c) => c.json(await c.req.json(), 201));
