import Fastify from 'fastify';

const app = Fastify();
const stored = new Map<string, string>([['theme', '"dark"'], ['limit', '20']]);

app.get('/settings/:key', async (request, reply) => {
  const raw = stored.get((request.params as { key: string }).key);
  if (raw === undefined) return reply.code(404).send({ error: 'not found' });
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {}
  return { value };
});
