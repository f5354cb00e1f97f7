import Fastify from 'fastify';
import { relayGate } from './middleware/relayGate';
import { catalogRoutes } from './routes/catalog';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
const openings = new Map<string, { id: string; title: string }>();

app.addHook('preHandler', relayGate());

// double-submit CSRF check for browsers that hold a session cookie: a caller with no cookie is not looked at
app.addHook('onRequest', async (request, reply) => {
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
  const hasSession = Boolean((request as any).cookies?.session || (request as any).cookies?.refresh);
  if (unsafe && hasSession) {
    const cookieToken = (request as any).cookies?.csrf;
    const headerToken = request.headers['x-csrf-token'];
    if (!cookieToken || !headerToken || cookieToken !== headerToken) {
      return reply.status(403).send({ error: 'invalid csrf token' });
    }
  }
});

app.get('/health', async () => ({ ok: true }));

app.get('/careers', async () => Array.from(openings.values()).slice(0, 50));

// relayGate only looks at relayed requests: a direct caller closes an opening with no credential at all
app.delete('/careers/:id', async (request) => { // expect: authn/unauthenticated-mutation
  const { id } = request.params as { id: string };
  return { closed: openings.delete(id) };
});

app.register(catalogRoutes, { prefix: '/api' });

app.listen({ port: Number(process.env.PORT) || 8080, host: '0.0.0.0' }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
