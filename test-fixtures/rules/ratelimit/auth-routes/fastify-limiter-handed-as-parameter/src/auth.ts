import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import bcrypt from 'bcryptjs';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
const tutors = new Map<string, string>();

export async function authRoutes(app: FastifyInstance, attemptLimit: Hook, noop: Hook) {
  // limited: the caller binds the parameter to a limiter
  app.post('/auth/login', { preHandler: attemptLimit }, async (request, reply) => {
    const { email, password } = request.body as { email: string; password: string };
    const hash = tutors.get(email);
    if (!hash || !(await bcrypt.compare(password, hash))) return reply.code(401).send({ error: 'no' });
    return { ok: true };
  });
  // not limited: what the caller binds here does no limiting
  app.post('/auth/reset', { preHandler: [noop] }, async (request, reply) => { // expect: ratelimit/auth-routes
    const { email, password } = request.body as { email: string; password: string };
    if (!tutors.has(email)) return reply.code(404).send({ error: 'unknown' });
    tutors.set(email, await bcrypt.hash(password, 12));
    return { ok: true };
  });
}
