import fp from 'fastify-plugin';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { jwtHandler } from '../lib/jwt.js';

export interface Opts { verifyToken?: (token: string) => Promise<any>; }

const OPEN = ['/api/v1/webhook'];
const isOpen = (p: string) => OPEN.some((x) => p.startsWith(x));

// the verifier can be handed in (tests do); otherwise the module default verifies the JWT
const authMiddleware: FastifyPluginAsync<Opts> = async (fastify, options) => {
  const verifyToken = options.verifyToken ?? (async (token: string) => await jwtHandler.verifyToken(token));
  fastify.addHook('onRequest', async (request: FastifyRequest, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (!path.startsWith('/api/v1')) return;
    if (isOpen(path)) return;
    const h = request.headers.authorization;
    if (!h?.startsWith('Bearer ')) return reply.code(401).send({ error: 'missing' });
    let payload: any;
    try {
      payload = await verifyToken(h.slice(7));
    } catch {
      return reply.code(401).send({ error: 'invalid' });
    }
    (request as any).auth = { userId: payload.sub };
  });
};

export default fp(authMiddleware, { name: 'auth' });
