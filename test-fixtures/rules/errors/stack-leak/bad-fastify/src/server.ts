import Fastify from 'fastify';

const app = Fastify();
app.setErrorHandler((error, request, reply) => {
  reply.status(500).send({ error: error.message, trace: error.stack }); // expect: errors/stack-leak[error]
});
app.get('/orders', async () => []);
