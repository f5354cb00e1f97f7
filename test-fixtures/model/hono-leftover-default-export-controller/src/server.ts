import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { rateLimiter } from 'hono-rate-limiter';
import api from './controllers';

const app = new Hono(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use('*', rateLimiter({ windowMs: 60_000, limit: 100, keyGenerator: (c) => c.req.header('x-forwarded-for') ?? 'anon' }));
app.route('/api', api);

serve({ fetch: app.fetch, port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
