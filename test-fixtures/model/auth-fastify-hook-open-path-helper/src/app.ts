import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { requireApiKey } from './middleware/api-key';

const app = Fastify(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string });
app.addHook('onRequest', requireApiKey);

app.get('/health', async () => ({ ok: true }));
app.get('/status', async () => ({ up: true }));
app.post('/api/auth/login', async (request) => ({ token: app.jwt.sign({ sub: String((request.body as any).email) }) })); // expect: authn/unauthenticated-mutation, jwt/no-expiry, validation/unvalidated-input
app.get('/api/admin/users', async () => []);
app.get('/api/workouts', async () => []);
app.get('/api/ping', async () => 'pong');
app.get('/api/pingpong', async () => 'pong');

app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
