import Fastify from 'fastify';

const api = Fastify();

// every 5xx is answered with fixed text and leaves; what follows answers only client errors
api.setErrorHandler((err, request, reply) => {
  const statusCode = err.statusCode ?? 500;
  if (statusCode >= 500) {
    request.log.error({ err }, 'unhandled');
    return reply.code(statusCode).send({ error: 'Internal error' });
  }
  return reply.code(statusCode).send({ error: err.message });
});

api.get('/ping', async () => ({ ok: true }));
api.listen({ port: 3001 });
