import fastifyJwt from '@fastify/jwt';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest) => Promise<void>;
    requireRole: (...roles: string[]) => (request: FastifyRequest) => Promise<void>;
  }
}

const auth: FastifyPluginAsync = async (app) => {
  const issuer = process.env.OIDC_ISSUER;

  // Local development without an identity provider: every request acts as a fixed developer account.
  if (!issuer) {
    app.decorate('authenticate', async (request: FastifyRequest) => {
      (request as any).user = { sub: 'dev', role: 'admin' };
    });
    app.decorate('requireRole', (..._roles: string[]) => async (request: FastifyRequest) => {
      await app.authenticate(request);
    });
    return;
  }

  await app.register(fastifyJwt, { secret: process.env.JWT_PUBLIC_KEY as string, verify: { allowedIss: issuer } }); // expect: config/env-undocumented

  app.decorate('authenticate', async (request: FastifyRequest) => {
    await request.jwtVerify();
  });

  app.decorate('requireRole', (...roles: string[]) => async (request: FastifyRequest) => {
    await app.authenticate(request);
    if (!roles.includes((request.user as any).role)) {
      throw { statusCode: 403, message: 'Insufficient permissions' };
    }
  });
};

export default fp(auth, { name: 'auth' });
