import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { logger } from 'hono/logger';
import v1 from './v1/index.js';

const app = new Hono(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing

app.use('*', logger()); // expect: logging/no-request-id

// Not under the base path: /health
app.get('/health', (c) => c.json({ status: 'ok' }));

// GitHub pings with GET when the hook is created and POSTs events afterwards.
async function githubWebhook(c: Context) {
  if (c.req.method === 'GET') {
    return c.text('pong');
  }
  const event = c.req.header('x-github-event') ?? 'unknown';
  events.push(event); return c.json({ received: event }, 202);
}
const events: string[] = []; // kept in memory
const api = app.basePath('/api');
api.on(['GET', 'POST'], '/webhooks/github', githubWebhook); // expect: authn/unauthenticated-mutation
api.route('/v1', v1);

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
