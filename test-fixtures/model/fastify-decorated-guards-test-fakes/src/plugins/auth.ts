import fp from 'fastify-plugin';
import jwt from 'jsonwebtoken';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export default fp(async (fastify: FastifyInstance) => {
  fastify.decorate('authenticate', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) {
      throw fastify.httpErrors.unauthorized('missing token');
    }
    try {
      const claims = jwt.verify(header.slice(7), process.env.JWT_SECRET as string) as { sub: string }; // expect: config/env-undocumented
      request.userId = claims.sub;
    } catch {
      throw fastify.httpErrors.unauthorized('bad token');
    }
  });

  fastify.decorate('requireAdmin', async (request: FastifyRequest) => {
    try {
      await fastify.authenticate(request);
    } catch (err) {
      request.log.warn('admin area refused a stranger');
      throw err;
    }
    if (request.userRole !== 'admin') {
      throw fastify.httpErrors.forbidden('admins only');
    }
  });
});
