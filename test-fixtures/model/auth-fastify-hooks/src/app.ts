import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import sensible from '@fastify/sensible';
import jwt from '@fastify/jwt';
import { findSession } from './sessions.js';

const app = Fastify(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
await app.register(cookie);
await app.register(sensible);
await app.register(jwt, { secret: process.env.JWT_SECRET as string }); // expect: config/env-undocumented

// a cookie session looked up in the store; no session answers 401
await app.register(async (loans) => {
  loans.addHook('onRequest', async (request, reply) => {
    const sid = request.cookies.sid;
    const session = sid ? await findSession(sid) : null;
    if (!session) return reply.code(401).send({ error: 'sign in first' });
  });
  loans.post('/', async () => ({ ok: true }));
}, { prefix: '/loans' });

// @fastify/sensible helpers on a missing session user
await app.register(async (holds) => {
  holds.addHook('preHandler', async (request, reply) => {
    if (!request.session.user) return reply.unauthorized('sign in first');
  });
  holds.post('/', async () => ({ ok: true }));
}, { prefix: '/holds' });

await app.register(async (fines) => {
  fines.addHook('preHandler', async (request) => {
    if (!request.session.user) throw fines.httpErrors.unauthorized();
  });
  fines.post('/', async () => ({ ok: true }));
}, { prefix: '/fines' });

// a machine client: the key compared with the configured one
await app.register(async (sync) => {
  sync.addHook('onRequest', async (request, reply) => {
    if (request.headers['x-api-key'] !== process.env.SYNC_KEY) return reply.code(403).send({ error: 'bad key' }); // expect: authn/timing-unsafe-compare
  });
  sync.post('/', async () => ({ ok: true }));
}, { prefix: '/sync' });

// a JWT whose failure is answered
await app.register(async (staff) => {
  staff.addHook('onRequest', async (request, reply) => {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.send(err);
    }
  });
  staff.post('/', async () => ({ ok: true }));
}, { prefix: '/staff' });
const entries: number[] = []; // kept in memory
// not authentication: any value of the header passes
await app.register(async (feed) => {
  feed.addHook('onRequest', async (request, reply) => {
    if (!request.headers['x-api-key']) return reply.code(401).send({ error: 'key required' });
  });
  feed.post('/', async () => { entries.push(Date.now()); return { ok: true }; }); // expect: authn/unauthenticated-mutation
}, { prefix: '/feed' });

// not authentication: a failed verification is swallowed and the request goes on (optional sign-in)
await app.register(async (catalogue) => {
  catalogue.addHook('onRequest', async function maybeUser(request) {
    try {
      await request.jwtVerify();
    } catch {
      // anonymous visitors browse too
    }
  });
  catalogue.post('/', async () => { entries.push(Date.now()); return { ok: true }; }); // expect: authn/unauthenticated-mutation
}, { prefix: '/catalogue' });

await app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
