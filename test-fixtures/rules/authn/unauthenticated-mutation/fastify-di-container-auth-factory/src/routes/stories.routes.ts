import type { FastifyInstance } from 'fastify';
import { container } from 'tsyringe';
import { TOKENS } from '../container/tokens';
import type { AuthFactory } from '../middlewares/auth.factory';
import type { StoryStore } from './story.store';

export async function storyRoutes(fastify: FastifyInstance) {
  const authFactory = container.resolve<AuthFactory>(TOKENS.AuthFactory);
  const store = container.resolve<StoryStore>(TOKENS.StoryStore);
  const validateAuth = authFactory.createAuthMiddleware();

  fastify.put('/:id', { preHandler: [validateAuth] }, async (request, reply) => {
    const { id } = request.params as { id: string };
    store.save(id, (request as any).userId, String((request.body as { title: string }).title));
    return reply.code(204).send();
  });

  fastify.delete('/:id', async (request, reply) => { // expect: authn/unauthenticated-mutation[warning]
    store.remove((request.params as { id: string }).id);
    return reply.code(204).send();
  });
}
