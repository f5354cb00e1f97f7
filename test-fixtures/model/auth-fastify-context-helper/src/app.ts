import Fastify from 'fastify';
import secureSession from '@fastify/secure-session';
import callerContext from './plugins/callerContext';
import serviceKey from './plugins/serviceKey';
import tasks from './routes/tasks';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.register(secureSession, { key: Buffer.from(process.env.SESSION_KEY as string, 'hex'), cookie: { path: '/', httpOnly: true, secure: true } }); // expect: csrf/missing, session/cookie-flags

app.register(async (member) => {
  await member.register(callerContext);
  await member.register(tasks, { prefix: '/tasks' });
}, { prefix: '/app' });

app.register(async (service) => {
  await service.register(serviceKey);
  await service.register(tasks, { prefix: '/tasks' });
}, { prefix: '/service' });

app.register(tasks, { prefix: '/open/tasks' });

app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
