const kennels = [];

export default async function kennelRoutes(fastify) {
  fastify.get('/', async () => kennels.slice(0, 50));
  fastify.post('/', async (request, reply) => {
    const name = String(request.body?.name ?? '').slice(0, 60); // expect: validation/unvalidated-input
    kennels.push({ name, owner: request.user.sub });
    return reply.code(201).send({ ok: true });
  });
}
