import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.post('/orders', async (request, reply) => {
  request.log.info({ sku: (request.body as { sku: string }).sku }, 'order received');
  return reply.code(201).send({ ok: true });
});

try {
  await app.listen({ port: 3000 });
} catch (err) {
  console.error(err);
  process.exit(1);
}
