import jwt from 'jsonwebtoken';
import { FastifyReply, FastifyRequest } from 'fastify';
import { unauthenticated } from './errors';

interface Claims {
  sub: string;
  role: string;
}

export function decodeSession(token: string): Claims {
  return jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as Claims;
}

// answers null for a bad token: callers decide what to do
export async function readSession(token: string): Promise<Claims | null> {
  try {
    return decodeSession(token);
  } catch {
    return null;
  }
}

export async function requireSession(request: FastifyRequest, _reply: FastifyReply) {
  const header = request.headers.authorization;
  if (!header || !header.startsWith('Bearer ')) {
    throw unauthenticated('Missing bearer token');
  }
  (request as any).user = decodeSession(header.slice(7));
}
