import type { FastifyInstance } from 'fastify';
import { db } from '../database';

export async function mealRoutes(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    await request.jwtVerify();
  });

  app.delete('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    await db('meals').where({ id }).del(); // expect: authn/missing-ownership-check
    return reply.status(204).send();
  });

  app.get('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const meal = await db('meals').where({ id, user_id: request.user.sub }).first();
    if (!meal) return reply.status(404).send();
    return meal;
  });

  app.put('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const { name } = request.body as { name: string };
    const updated = await db('meals').where('id', id).andWhere('user_id', request.user.sub).update({ name });
    return updated ? reply.status(204).send() : reply.status(404).send();
  });
}
