import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authRoutes } from './auth.js';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

export async function setupRoutes(app: FastifyInstance, attemptLimit: Hook, noop: Hook) {
  await authRoutes(app, attemptLimit, noop);
}
