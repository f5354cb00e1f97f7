import Fastify from 'fastify';

const app = Fastify(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing

// async hook: a missing or wrong key is answered 401, and nothing is called after the check
async function printerKey(request, reply) {
  const key = request.headers['x-printer-key'];
  if (!key || key !== process.env.PRINTER_KEY) return reply.code(401).send({ error: 'bad key' }); // expect: config/env-undocumented
}

// not authentication: a missing or too short key is answered 401, any long enough key passes
async function someKey(request, reply) {
  const key = request.headers['x-printer-key'];
  if (!key || key.length < 8) return reply.code(401).send({ error: 'key required' });
}

// not authentication: a request without any key gets through (only a wrong key is refused)
async function wrongKeyOnly(request, reply) {
  const key = request.headers['x-printer-key'];
  if (key && key !== process.env.PRINTER_KEY) return reply.code(401).send({ error: 'bad key' });
}
const saved = []; // kept in memory
app.post('/jobs', { onRequest: printerKey }, async () => ({ queued: true }));
app.post('/drafts', { onRequest: someKey }, async () => { saved.push({ at: Date.now() }); return { saved: true }; }); // expect: authn/unauthenticated-mutation
app.post('/notes', { onRequest: wrongKeyOnly }, async () => { saved.push({ at: Date.now() }); return { saved: true }; }); // expect: authn/unauthenticated-mutation

await app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
