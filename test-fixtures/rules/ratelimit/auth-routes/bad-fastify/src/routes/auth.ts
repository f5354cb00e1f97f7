import { verify } from '@node-rs/argon2';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { findPatient } from '../users.js';

const Credentials = Type.Object({ email: Type.String({ format: 'email' }), password: Type.String({ minLength: 1, maxLength: 128 }) });
const Otp = Type.Object({ email: Type.String({ format: 'email' }), code: Type.String({ pattern: '^[0-9]{6}$' }) });

const authRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: Static<typeof Credentials> }>('/login', { schema: { body: Credentials } }, async (request, reply) => { // expect: ratelimit/auth-routes[warning]
    const patient = await findPatient(request.body.email);
    if (!patient || !(await verify(patient.passwordHash, request.body.password))) return reply.code(401).send({ error: 'Invalid credentials' });
    return { token: app.jwt.sign({ sub: patient.id }, { expiresIn: '15m' }) };
  });

  app.post<{ Body: Static<typeof Otp> }>('/otp', { schema: { body: Otp } }, async (request, reply) => { // expect: ratelimit/auth-routes[warning]
    const patient = await findPatient(request.body.email);
    if (!patient) return reply.code(401).send({ error: 'Invalid code' });
    return { verified: true };
  });
};

export default authRoutes;
