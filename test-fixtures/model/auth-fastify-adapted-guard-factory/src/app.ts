import Fastify from 'fastify';
import { recipeRoutes } from './routes/recipes';
import { accountRoutes } from './routes/account';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.register(recipeRoutes, { prefix: '/api' });
app.register(accountRoutes, { prefix: '/api' });

app.listen({ port: Number(process.env.PORT ?? 3000) }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
