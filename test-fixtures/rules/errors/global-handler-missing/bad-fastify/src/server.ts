import Fastify from 'fastify';

const app = Fastify({ logger: true }); // expect: errors/global-handler-missing[warning]
app.get('/books', async () => [{ id: 1, title: 'Dune' }]);

export default app;
