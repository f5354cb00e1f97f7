import { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

type Caller = { ok: true; memberId: string } | { ok: false; reason: 'anonymous' | 'suspended' };

// who is calling, from the session cookie the sign-in set
export function callerOf(request: FastifyRequest): Caller {
  const memberId = request.session.get('memberId');
  if (!memberId) return { ok: false, reason: 'anonymous' };
  return { ok: true, memberId };
}

// the guard hands the whole request to the helper above and turns away who it does not know
export default fp(async (fastify: FastifyInstance) => {
  fastify.addHook('preHandler', async (request, reply) => {
    const caller = callerOf(request);
    if (!caller.ok) {
      if (caller.reason === 'anonymous') return reply.status(401).send();
      return reply.status(403).send();
    }
    request.log.info({ memberId: caller.memberId }, 'caller');
    return null;
  });
});
