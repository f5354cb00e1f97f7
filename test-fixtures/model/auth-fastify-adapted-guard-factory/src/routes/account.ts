import type { FastifyPluginAsync } from 'fastify';
import { makeBearerCheck } from '../access/bearer';

const sessionsByUser = new Map<string, number>();

export const accountRoutes: FastifyPluginAsync = async (app) => {
  const bearerCheck = makeBearerCheck({ secret: process.env.TOKEN_SECRET ?? '' }); // expect: config/env-undocumented

  app.post('/account/sign-out-everywhere', {
    preHandler: async (request, reply) => {
      bearerCheck(request as never, reply);
    },
  }, async (request) => {
    const user = (request as unknown as { user: { id: string } }).user;
    sessionsByUser.delete(user.id);
    return { ok: true };
  });
};
