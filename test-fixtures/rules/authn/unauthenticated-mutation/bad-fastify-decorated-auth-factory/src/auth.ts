import fp from 'fastify-plugin';
import jwt from 'jsonwebtoken';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// a factory: the middleware it makes requires a signed-in user, with some permissions when asked
function memberAuth(permissions?: string[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    if (!header || !header.startsWith('Bearer ')) return reply.code(401).send({ error: 'Unauthorized' });
    try {
      const payload = jwt.verify(header.substring(7), process.env.JWT_SECRET as string) as { sub: string; perms: string[] };
      if (permissions && !permissions.every((p) => payload.perms.includes(p))) return reply.code(403).send({ error: 'Forbidden' });
      (request as any).member = payload;
    } catch {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  };
}

export default fp(async (fastify: FastifyInstance) => {
  fastify.decorate('memberAuth', memberAuth);
});
