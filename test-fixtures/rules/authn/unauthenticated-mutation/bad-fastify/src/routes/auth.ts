import { Type, type Static } from '@sinclair/typebox';
import bcrypt from 'bcrypt';
import type { FastifyPluginAsync } from 'fastify';

const Credentials = Type.Object({ email: Type.String({ format: 'email' }), password: Type.String({ minLength: 12, maxLength: 128 }) });
const staff = new Map<string, { id: string; passwordHash: string }>();

const authRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: Static<typeof Credentials> }>('/login', { schema: { body: Credentials } }, async (request, reply) => {
    const user = staff.get(request.body.email);
    if (!user || !(await bcrypt.compare(request.body.password, user.passwordHash))) return reply.code(401).send({ error: 'Invalid credentials' });
    return { token: app.jwt.sign({ sub: user.id }) };
  });
};

export default authRoutes;
