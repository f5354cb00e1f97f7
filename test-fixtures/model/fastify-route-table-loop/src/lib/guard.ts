import { FastifyReply, FastifyRequest } from 'fastify';

export async function requireMember(request: FastifyRequest, reply: FastifyReply) {
  try {
    await request.jwtVerify();
  } catch {
    return reply.code(401).send({ message: 'sign in first' });
  }
}
