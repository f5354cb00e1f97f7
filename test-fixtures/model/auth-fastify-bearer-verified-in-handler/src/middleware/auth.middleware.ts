import type { FastifyReply, FastifyRequest } from 'fastify';
import { verifyToken } from '../utils/auth';

export async function authMiddleware(request: FastifyRequest, reply: FastifyReply) {
  const header = request.headers.authorization;
  if (!header || !header.startsWith('Bearer ')) return reply.code(401).send({ error: 'No token provided' });
  try {
    (request as any).user = verifyToken(header.substring(7));
  } catch {
    return reply.code(401).send({ error: 'Invalid token' });
  }
}
