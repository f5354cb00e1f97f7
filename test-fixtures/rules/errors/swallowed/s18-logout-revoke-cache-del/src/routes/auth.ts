import { FastifyInstance } from 'fastify';
import { sessions } from '../store';

export default async function authRoutes(fastify: FastifyInstance) {
  fastify.post('/auth/logout', async (request, reply) => {
    const token = request.cookies?.refresh_token;
    try {
      if (token) await sessions.revokeRefreshToken(token);
    } catch (err) {
    } finally {
      reply.clearCookie('refresh_token', { path: '/' });
    }
    return reply.send({ ok: true });
  });

  fastify.post('/auth/logout-all', async (request, reply) => {
    const userId = (request as any).userId as string;
    await sessions.revokeAllFor(userId).catch(() => {});
    reply.clearCookie('refresh_token', { path: '/' });
    return reply.send({ ok: true });
  });

  // not a logout, though it clears the cookie too: the password changed and the old sessions must end; a failed
  // revoke is dropped silently
  fastify.post('/auth/password', async (request, reply) => {
    const userId = (request as any).userId as string;
    await sessions.setPassword(userId, String((request.body as any).password));
    try {
      await sessions.revokeAllFor(userId);
    } catch {} // expect: errors/swallowed
    reply.clearCookie('refresh_token', { path: '/' });
    return reply.send({ ok: true });
  });
}
