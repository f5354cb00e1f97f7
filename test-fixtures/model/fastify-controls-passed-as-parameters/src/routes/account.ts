import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import bcrypt from 'bcryptjs';
import { findStaff, addStaff } from '../store.js';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

// the limiter is whatever the caller binds to the parameter
export async function accountRoutes(app: FastifyInstance, signInLimit: Hook) {
  app.post('/account/login', { preHandler: signInLimit }, async (request, reply) => {
    const { email, password } = request.body as { email: string; password: string }; // expect: validation/unvalidated-input
    const staff = await findStaff(email);
    if (!staff || !(await bcrypt.compare(password, staff.hash))) return reply.code(401).send({ error: 'no' });
    return { token: app.jwt.sign({ sub: staff.id }, { expiresIn: '15m' }) };
  });

  app.post('/account/register', { preHandler: [signInLimit] }, async (request) => {
    const { email, password } = request.body as { email: string; password: string }; // expect: validation/unvalidated-input
    await addStaff(email, await bcrypt.hash(password, 12));
    return { ok: true };
  });
}
