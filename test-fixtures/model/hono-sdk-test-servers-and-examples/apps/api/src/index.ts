import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { requirePayment } from '@acme/paywall';

const app = new Hono(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

app.get('/health', (c) => c.json({ ok: true }));
app.get('/articles/:id', requirePayment({ price: '0.01' }), (c) => c.json({ id: c.req.param('id') }));

serve({ fetch: app.fetch, port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
