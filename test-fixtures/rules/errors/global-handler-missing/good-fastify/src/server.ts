import Fastify from 'fastify';

const app = Fastify({ logger: true });
app.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  const status = error.statusCode ?? 500;
  reply.status(status).send({ error: status < 500 ? error.message : 'Internal Server Error' });
});
app.get('/books', async () => [{ id: 1, title: 'Dune' }]);

export default app;
