import Fastify from 'fastify';

const app = Fastify({ logger: true });
const lists = new Map<string, { name: string }>();
const notes: unknown[] = [];

app.post(
  '/lists',
  {
    schema: {
      body: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: { name: { type: 'string', minLength: 1, maxLength: 80 } },
      },
    },
  },
  async (request, reply) => {
    const { name } = request.body as { name: string };
    const id = String(lists.size + 1);
    lists.set(id, { name });
    return reply.code(201).send({ id, name });
  },
);

// versioned paths answer as the unversioned route: the request is dispatched again inside the app, where /lists's
// own schema checks the body; this handler reads nothing of it
app.route({
  method: ['GET', 'POST', 'PUT', 'DELETE'],
  url: '/v1/*',
  handler: async (request, reply) => {
    const target = String(request.raw.url || '/').replace(/^\/v1\//, '/');
    const res = await app.inject({
      method: request.method as any,
      url: target,
      payload: (request.body as any) ?? undefined,
    });
    reply.code(res.statusCode);
    return reply.send(res.json());
  },
});

// the body kept as it came
app.post('/notes', async (request, reply) => {
  notes.push(request.body); // expect: validation/unvalidated-input[warning]
  return reply.code(201).send({ ok: true });
});

app.listen({ port: 3000 });
