import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const app = new Hono(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

app.get('/ping', (c) => c.text('pong'));

// every module in ./routes is a router, mounted under its file name
readdirSync(path.join(__dirname, 'routes')).forEach((entry) => {
  if (!entry.endsWith('.ts')) return;
  import(`./routes/${entry}`).then((mod) => {
    app.route(`/${entry.split('.')[0]}`, mod.default);
  });
});

serve({ fetch: app.fetch, port: 8080 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
