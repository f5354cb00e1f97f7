import type { FastifyReply, FastifyRequest } from 'fastify';
import jwt from 'jsonwebtoken';

export type Caller = { id: string; role: string };

// Reads the bearer token; answers 401 itself and gives back null when there is none or it does not verify.
export async function currentCaller(request: FastifyRequest, reply: FastifyReply): Promise<Caller | null> {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) {
    reply.code(401).send({ error: 'login required' });
    return null;
  }
  try {
    return jwt.verify(header.slice(7), process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as Caller;
  } catch {
    reply.code(401).send({ error: 'login required' });
    return null;
  }
}

export async function requireStaff(request: FastifyRequest, reply: FastifyReply): Promise<Caller | null> {
  const caller = await currentCaller(request, reply);
  if (!caller) return null;
  if (caller.role !== 'staff') {
    reply.code(403).send({ error: 'staff only' });
    return null;
  }
  return caller;
}
