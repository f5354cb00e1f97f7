import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { bearerAuth } from 'hono/bearer-auth';
import registerAll from './registerAll';

const makeServer = (token: string) => {
  const app = new Hono(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
  app.use('/members/*', bearerAuth({ token }));
  app.get('/', (c) => c.text('up'));
  registerAll({ app, token });
  return app;
};

serve({ fetch: makeServer(process.env.API_TOKEN ?? '').fetch, port: 3000 }); // expect: config/env-undocumented, errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
