import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import mountRoutes from './mount';
import notesController from './controllers/notes';
import keyGuard from './plugins/keyGuard';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string }); // expect: config/env-undocumented
app.register(mountRoutes);

// the same rule on the application's own instance: keyGuard loads into this child, not into `app`
app.register(
  async (archive) => {
    await app.register(keyGuard);
    await archive.register(notesController, { prefix: '/notes' });
  },
  { prefix: '/archive' },
);

app.get('/ping', async () => 'pong');

app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
