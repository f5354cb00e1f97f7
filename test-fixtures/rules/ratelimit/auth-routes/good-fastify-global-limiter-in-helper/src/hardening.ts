import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';

// Called from server.ts before any route plugin: both plugins reach every route registered later.
export async function harden(server: FastifyInstance): Promise<void> {
  await server.register(helmet);
  await server.register(rateLimit, { max: 60, timeWindow: '1 minute' });
}
