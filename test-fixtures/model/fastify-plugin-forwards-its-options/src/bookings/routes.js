export default async function routes(fastify) {
  fastify.get('/', async () => []);
  fastify.get('/:id', async (request) => ({ id: request.params.id }));
}
