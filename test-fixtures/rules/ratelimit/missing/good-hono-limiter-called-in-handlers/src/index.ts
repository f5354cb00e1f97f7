import { Hono } from 'hono';
import { HttpFailure } from './errors';

type Bindings = { QUOTA: DurableObjectNamespace; DB: D1Database };

const app = new Hono<{ Bindings: Bindings }>();

app.onError((err, c) => {
  if (err instanceof HttpFailure) return c.json({ error: err.code }, err.status as 400);
  return c.json({ error: 'internal' }, 500);
});

// counts calls per tenant in a Durable Object; over the allowance the request is refused with 429
async function spendQuota(env: Bindings, tenant: string, bucket: string, allowance: number, windowSec: number) {
  const counter = env.QUOTA.get(env.QUOTA.idFromName(tenant));
  const res = await counter.fetch('https://quota/spend', {
    method: 'POST',
    body: JSON.stringify({ bucket, allowance, windowSec }),
  });
  if (!res.ok) return;
  const verdict = (await res.json()) as { allowed: boolean };
  if (!verdict.allowed) {
    throw new HttpFailure({ status: 429, code: 'SLOW_DOWN', message: 'Too many requests' });
  }
}

app.post('/signup', async (c) => {
  await spendQuota(c.env, 'anonymous', 'signup', 3, 3600);
  const body = await c.req.json<{ name?: string }>();
  return c.json({ name: String(body.name ?? '').slice(0, 60) }, 201);
});

app.post('/tenants/:tenant/kiosks', async (c) => {
  const tenant = c.req.param('tenant');
  await spendQuota(c.env, tenant, 'kiosks', 10, 60);
  return c.json({ tenant, id: crypto.randomUUID() }, 201);
});

app.get('/tenants/:tenant/kiosks', async (c) => {
  const rows = await c.env.DB.prepare('SELECT id FROM kiosks WHERE tenant = ?').bind(c.req.param('tenant')).all();
  return c.json(rows.results);
});

export default app;
