import { FastifyInstance } from 'fastify';
import statusController from './controllers/status';
import notesController from './controllers/notes';
import inboundController from './controllers/inbound';
import sessionGuard from './plugins/sessionGuard';
import keyGuard from './plugins/keyGuard';

// avvio loads a plugin registered while another one is loading into that one: the guard registered
// below on `fastify` (the outer instance) from inside the first scope guards that scope only.
export default async function mountRoutes(fastify: FastifyInstance) {
  await fastify.register(statusController, { prefix: '/v1' });

  await fastify.register(
    async (scoped: FastifyInstance) => {
      await fastify.register(sessionGuard);
      await Promise.all([
        scoped.register(notesController, { prefix: '/notes' }),
        scoped.register(inboundController, { prefix: '/inbound' }),
      ]);
    },
    { prefix: '/v1' },
  );

  await fastify.register(
    async (open: FastifyInstance) => {
      await Promise.all([open.register(inboundController, { prefix: '/inbound' })]);
    },
    { prefix: '/v1/open' },
  );

  await fastify.register(
    async (ops: FastifyInstance) => {
      await ops.register(keyGuard);
      await Promise.all([ops.register(notesController, { prefix: '/notes' })]);
    },
    { prefix: '/v1/ops' },
  );
}
