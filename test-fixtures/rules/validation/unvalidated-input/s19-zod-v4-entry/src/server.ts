import Fastify from 'fastify';
import { z } from 'zod/v4';

// zod 3.25+ serves its new API from the versioned entry point 'zod/v4': still zod
const ImportSchema = z.object({
  name: z.string().min(1).max(80),
  prompts: z.record(z.string(), z.string().max(4000)),
});

const app = Fastify();
const profiles: unknown[] = [];

app.post('/profiles/import', async (request, reply) => {
  const parsed = ImportSchema.safeParse(request.body);
  if (!parsed.success) {
    return reply.code(400).send({ error: 'Invalid import file' });
  }
  profiles.push(parsed.data);
  return reply.code(201).send({ ok: true });
});

app.post('/profiles', async (request, reply) => {
  profiles.push(request.body); // expect: validation/unvalidated-input[warning]
  return reply.code(201).send({ ok: true });
});

app.listen({ port: 3000 });
