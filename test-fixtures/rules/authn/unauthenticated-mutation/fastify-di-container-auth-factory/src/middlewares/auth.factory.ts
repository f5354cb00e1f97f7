import { getAuth } from '@clerk/fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { injectable } from 'tsyringe';

@injectable()
export class AuthFactory {
  // The middleware every signed-in route puts first: no Clerk session, no entry.
  createAuthMiddleware() {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const auth = getAuth(request);
      if (!auth?.userId) {
        return reply.code(401).send({ error: 'sign in first' });
      }
      (request as any).userId = auth.userId;
    };
  }
}
