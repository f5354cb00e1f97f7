import { Hono } from 'hono';
import { serviceAuth, signatureProbe } from './middleware/serviceAuth';

type Env = { Bindings: { SERVICE_SECRET: string; DB: any } };

const internalApi = new Hono<Env>();
internalApi.use('/internal/*', serviceAuth);
internalApi.get('/internal/orders', async (c) => c.json(await c.env.DB.prepare('SELECT id FROM orders LIMIT 50').all()));
internalApi.post('/internal/orders/:id/close', async (c) => {
  await c.env.DB.prepare('UPDATE orders SET closed = 1 WHERE id = ?').bind(c.req.param('id')).run();
  return c.json({ ok: true });
});

const partnerApi = new Hono<Env>();
partnerApi.use('/partner/*', signatureProbe);
partnerApi.get('/partner/rates', (c) => c.json({ rate: 1 }));

const app = new Hono<Env>(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing
app.route('/', internalApi);
app.route('/', partnerApi);
app.get('/health', (c) => c.text('ok'));

export default app;
