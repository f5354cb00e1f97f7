import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { z } from 'zod';
import { parseOr400 } from './parse.js';

const app = Fastify();
await app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string });
const clinics = new Map<string, { slug: string; name: string }>();

app.delete('/clinics/:slug', { onRequest: [async (request) => { await request.jwtVerify(); }] }, async (request) => {
  clinics.delete((request.params as { slug: string }).slug);
  return { ok: true };
});

// which clinic a sign-in page belongs to: a lookup by slug, posted so the slug stays out of logs
app.post('/clinics/resolve', async (request, reply) => {
  const body = parseOr400(z.object({ slug: z.string().min(1) }), request.body);
  const found = clinics.get(body.slug);
  if (!found) return reply.code(404).send({ error: 'not found' });
  return { name: found.name };
});

await app.listen({ port: 3000 });
