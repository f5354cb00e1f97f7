import type { FastifyInstance } from 'fastify';
import { db } from '../database';
import { requireGrant } from '../access';

export async function mealRoutes(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    await request.jwtVerify();
  });

  // held by the owner role only: a coach or member is turned away before the delete
  app.delete(
    '/:id',
    { preHandler: [requireGrant({ needs: ['meals:delete'] })] },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      await db('meals').where({ id }).del();
      return reply.status(204).send();
    },
  );

  // every role holds meals:rename: the grant check lets any signed-in user rename any meal
  app.put(
    '/:id',
    { preHandler: [requireGrant({ needs: ['meals:rename'] })] },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const { name } = request.body as { name: string };
      await db('meals').where('id', id).update({ name }); // expect: authn/missing-ownership-check
      return reply.status(204).send();
    },
  );

  app.get('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const meal = await db('meals').where({ id, user_id: request.user.sub }).first();
    if (!meal) return reply.status(404).send();
    return meal;
  });
}
