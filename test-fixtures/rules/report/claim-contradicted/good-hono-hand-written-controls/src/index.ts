import { Hono } from 'hono';
import { JsonLog } from './lib/log';
import { Refusal, admit, secureResponse } from './lib/guard';

type Env = { Bindings: { STAGE?: string }; Variables: { log: JsonLog } };

const app = new Hono<Env>();

app.onError((err, c) => {
  if (err instanceof Refusal) return c.json({ error: err.message }, err.httpStatus as 429);
  c.get('log')?.error('unhandled', { path: c.req.path });
  return c.json({ error: 'internal' }, 500);
});

app.use('*', async (c, next) => {
  const log = new JsonLog('badges');
  c.set('log', log);
  const started = Date.now();
  await next();
  log.info('request', { method: c.req.method, path: c.req.path, status: c.res.status, ms: Date.now() - started });
});

app.use('*', async (c, next) => {
  await next();
  secureResponse(c.res.headers, c.env.STAGE);
});

app.post('/tenants/:tenant/badges', async (c) => {
  const tenant = c.req.param('tenant');
  admit(tenant, 'create', 30);
  return c.json({ tenant, id: crypto.randomUUID() }, 201);
});

app.post('/tenants/:tenant/badges/:id/print', async (c) => {
  const tenant = c.req.param('tenant');
  admit(tenant, 'print', 10);
  return c.json({ queued: true }, 202);
});

app.get('/tenants/:tenant/badges', (c) => c.json([]));

export default app;
