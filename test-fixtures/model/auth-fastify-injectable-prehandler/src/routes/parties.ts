import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { authenticate } from '../middleware/authenticate.js';

// tests hand in a fake pre-handler; the server uses the real one
export interface PartyRouteDeps {
  authPreHandler?: preHandlerHookHandler;
}

const parties = new Map<string, { id: string; host: string }>();

export function buildPartyRoutes(deps: PartyRouteDeps = {}) {
  return async function partyRoutes(fastify: FastifyInstance) {
    const authPreHandler = deps.authPreHandler ?? authenticate;

    fastify.get('/api/parties', async () => [...parties.values()]);

    fastify.delete<{ Params: { id: string } }>('/api/parties/:id', { preHandler: authPreHandler }, async (request, reply) => {
      parties.delete(request.params.id);
      return reply.code(204).send();
    });
  };
}
