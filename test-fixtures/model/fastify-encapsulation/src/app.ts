import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import publicRoutes from './routes/public.js';
import accountRoutes from './routes/account.js';
import sessionAuth from './plugins/session-auth.js';
import adminRoutes from './routes/admin.js';

export function buildApp() {
  const app = Fastify({ logger: true }); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing

  // fastify-plugin wrapped by the library: decorates request.jwtVerify() on the root.
  app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string }); // expect: config/env-undocumented

  // Sibling plugin without any auth hook.
  app.register(publicRoutes, { prefix: '/public' });

  // Encapsulated plugin whose own onRequest hook protects only its routes.
  app.register(accountRoutes, { prefix: '/account' });

  // fastify-plugin wrapped: its onRequest hook lands on the root instance, so it applies to
  // the root routes and to the child plugins registered after this line, not to the ones above.
  app.register(sessionAuth);

  app.register(adminRoutes, { prefix: '/admin' });

  app.get('/me', async (request) => ({ user: request.user }));

  return app;
}
