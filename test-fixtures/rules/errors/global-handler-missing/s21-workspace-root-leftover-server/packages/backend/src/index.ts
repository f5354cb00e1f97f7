import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.status(error.statusCode && error.statusCode < 500 ? error.statusCode : 500).send({ error: 'Request failed' });
});

app.get('/courses', async () => [{ id: 1, name: 'Algebra' }]);

app.listen({ port: Number(process.env.PORT) || 3000 });
