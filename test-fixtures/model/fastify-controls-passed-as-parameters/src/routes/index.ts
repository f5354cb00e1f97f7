import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { accountRoutes } from './account.js';
import { visitRoutes } from './visits.js';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

// handed on one more level: the limiter is the argument the app's start-up passes here
export async function installRoutes(app: FastifyInstance, signInLimit: Hook) {
  await accountRoutes(app, signInLimit);
  await visitRoutes(app);
}
