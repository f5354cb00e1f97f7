import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { env } from '../env';
import { UnauthorizedError } from '../errors';

type Caller = { id: string; login: string };

function bearerOf(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  return header && header.startsWith('Bearer ') ? header.slice(7) : null;
}

export const authPlugin = fp(async (server: FastifyInstance) => {
  await server.register(jwt, { secret: env.JWT_SECRET });

  // who is calling, when a token is sent (an invalid one is refused)
  server.decorate('callerOf', async (req: FastifyRequest): Promise<Caller | null> => {
    const bearer = bearerOf(req);
    try {
      if (bearer) return server.jwt.verify<Caller>(bearer);
    } catch {
      throw new UnauthorizedError();
    }
    return null;
  });

  server.decorate('requireCaller', async (req: FastifyRequest): Promise<Caller> => {
    const caller = await server.callerOf(req);
    if (!caller) throw new UnauthorizedError();
    return caller;
  });
});
