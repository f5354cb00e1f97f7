import type { FastifyInstance } from 'fastify';

// Registered as a plain plugin: Fastify gives it its own encapsulated context, so this handler only
// serves routes declared inside it (there are none).
export async function errorHandlerPlugin(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    request.log.error(error);
    reply.status(error.statusCode ?? 500).send({ error: error.statusCode && error.statusCode < 500 ? error.message : 'Internal error' });
  });
}
