import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { serve } from '@hono/node-server';
import { wrap } from './wrap';
import { limiter } from './limiter';
import { listings } from './routes/listings';

const app = new Hono(); // expect: api/compression-missing, api/openapi-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing
// the load balancer's probe answers before the middleware chain, on purpose
app.get('/health', (c) => c.json({ status: 'ok' }));
app.use('*', wrap(secureHeaders()));
app.use('*', wrap(limiter));
app.onError((err, c) => c.json({ error: 'internal error' }, 500));
app.route('/api/v1/listings', listings);

serve({ fetch: app.fetch, port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
