import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';

export async function harden(server: FastifyInstance): Promise<void> {
  await server.register(helmet);
  await server.register(rateLimit, { max: 60, timeWindow: '1 minute' });
}
