import Fastify from 'fastify';
import { z } from 'zod';

const app = Fastify();
const checkoutBody = z.object({ plan: z.enum(['starter', 'team']), seats: z.number().int().min(1).max(500) });
const orders: { plan: string; seats: number }[] = [];

// the webhook needs the raw bytes, so JSON bodies stay buffers here and each route parses its own
app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

app.post('/checkout', async (request, reply) => {
  const parsed = checkoutBody.safeParse(JSON.parse((request.body as Buffer).toString('utf8') || '{}'));
  if (!parsed.success) return reply.code(400).send({ error: parsed.error.issues.map((i) => i.message).join('; ') });
  orders.push(parsed.data);
  return { ok: true };
});

app.post('/quote', async (request) => {
  const input = JSON.parse((request.body as Buffer).toString('utf8') || '{}'); // expect: validation/unvalidated-input
  orders.push({ plan: input.plan, seats: input.seats });
  return { ok: true };
});

app.listen({ port: 3000 });
