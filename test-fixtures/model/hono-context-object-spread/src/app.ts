import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { mountAll } from './mountAll';

// the app travels inside a context object, beside the spread dependencies
export function buildApp(deps: { store: Map<string, string>; token: string }) {
  const app = new Hono(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing
  app.use('/api/*', bearerAuth({ token: deps.token }));
  mountAll({ app, ...deps });
  return app;
}
