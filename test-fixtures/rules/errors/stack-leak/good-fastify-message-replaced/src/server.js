const fastify = require('fastify')();

fastify.get('/orders', async () => []);
fastify.setErrorHandler((err, req, reply) => {
  const statusCode = err.statusCode || 500;
  const body = { statusCode, message: err.message || 'Unexpected error' };
  if (statusCode >= 500) {
    req.log.error({ err }, err.message);
    body.message = 'Internal error. Contact support.';
  }
  reply.code(statusCode).send(body);
});
fastify.listen({ port: 3000 });
