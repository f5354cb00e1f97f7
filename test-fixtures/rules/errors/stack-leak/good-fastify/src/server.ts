import Fastify from 'fastify';

const app = Fastify();
app.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  const status = error.statusCode ?? 500;
  reply.status(status).send({ error: status < 500 ? error.message : 'Internal Server Error' });
});
app.get('/orders', async () => []);
