import type { FastifyInstance } from 'fastify';

// autoHooks: runs for every plugin of users/ and, with cascadeHooks, of its sub-folders
export default async function (app: FastifyInstance) {
  app.addHook('onRequest', app.requireUser);
}
