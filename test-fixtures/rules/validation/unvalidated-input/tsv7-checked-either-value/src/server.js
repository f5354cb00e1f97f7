import Fastify from 'fastify';
import { locate } from './geo.js';

const app = Fastify({ logger: true });
const HOSTNAME = /^[a-z0-9.-]{1,253}$/i;

// the address asked for, or the caller's own: whichever is taken must look like a host name, else 400
app.get('/tools/resolve', async (request, reply) => {
  const asked = request.query.host;
  const host = asked ? asked.trim().toLowerCase() : request.hostname;
  if (!HOSTNAME.test(host)) {
    return reply.status(400).send({ error: 'invalid host' });
  }
  return reply.send(await locate(host));
});

// the same choice, tested for presence only: reported
app.get('/tools/trace', async (request, reply) => {
  const asked = request.query.host; // expect: validation/unvalidated-input
  const host = asked ? asked.trim() : request.hostname;
  if (!host) return reply.status(400).send({ error: 'no host' });
  return reply.send(await locate(host));
});

await app.listen({ port: 3000 });
