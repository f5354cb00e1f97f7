import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';

async function requireSession(request: FastifyRequest, reply: FastifyReply) {
  try {
    await request.jwtVerify();
  } catch {
    return reply.code(401).send({ error: 'Unauthorized' });
  }
}

export default fp(
  async (app) => {
    app.addHook('onRequest', requireSession);
  },
  { name: 'session-auth' },
);
