import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

const OPEN = ['/account/login', '/account/register'];

// installed after the routes: a Fastify hook applies to every route of its instance, whenever it is added before start
export function installGuard(app: FastifyInstance, perClientLimit: Hook) {
  app.addHook('preHandler', async (request, reply) => {
    if (OPEN.some((p) => request.url.startsWith(p))) return;
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'sign in' });
    }
    await perClientLimit(request, reply);
  });
}
