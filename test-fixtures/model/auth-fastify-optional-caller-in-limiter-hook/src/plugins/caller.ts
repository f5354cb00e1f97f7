import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { UnauthorizedError } from '../utils/errors';

function bearerOf(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  return h && h.startsWith('Bearer ') ? h.slice(7) : null;
}

export const callerPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifyCookie, { secret: process.env.COOKIE_SECRET as string }); // expect: config/env-undocumented
  await app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string, cookie: { cookieName: 'session', signed: true } });

  // Who is calling, when a token is sent; null for a visitor. A bad token is refused.
  app.decorate('currentCaller', async (req: FastifyRequest) => {
    const token = bearerOf(req);
    try {
      if (token) {
        return app.jwt.verify<{ id: string }>(token);
      }
      if (req.cookies.session) {
        return await req.jwtVerify<{ id: string }>();
      }
    } catch {
      throw new UnauthorizedError();
    }
    return null;
  });

  app.decorate('mustBeSignedIn', async (req: FastifyRequest) => {
    const caller = await app.currentCaller(req);
    if (!caller) throw new UnauthorizedError();
    return caller;
  });
});
