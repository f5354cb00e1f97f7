import Fastify from 'fastify';
import jwtPlugin from './plugins/jwt.js';
import authRoutes from './auth/routes.js';
import kennelRoutes from './kennels/routes.js';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

app.get('/', async () => ({ ok: true }));
app.get('/health', async () => ({ ok: true }));

app.register(async (api) => {
  await api.register(jwtPlugin);
  api.register(authRoutes, { prefix: '/auth' });
  api.register(kennelRoutes, { prefix: '/kennels' });
}, { prefix: '/api' });

app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
