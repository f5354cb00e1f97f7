import type { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'crypto';

// Requests the edge router relays carry the relay headers; those must also carry the relay secret.
// A request without any relay header is not looked at: this hook authenticates no one.
export function relayGate() {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const relayed =
      typeof request.headers['x-relay-tenant'] === 'string' ||
      typeof request.headers['x-relay-host'] === 'string' ||
      request.headers['x-relay-mode'] === 'fallback';

    if (!relayed) return;

    const sent = request.headers['x-relay-secret'];
    const expected = process.env.RELAY_SECRET; // expect: config/env-undocumented
    if (!expected) {
      reply.code(503).send({ error: 'relay secret not configured' });
      return;
    }
    if (typeof sent !== 'string') {
      reply.code(401).send({ error: 'relay authentication failed' });
      return;
    }
    const a = Buffer.from(expected);
    const b = Buffer.from(sent);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      reply.code(401).send({ error: 'relay authentication failed' });
      return;
    }
  };
}
