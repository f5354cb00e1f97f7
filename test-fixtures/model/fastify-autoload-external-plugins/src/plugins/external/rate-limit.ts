import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

// global: false: only routes that ask for it (config.rateLimit) are limited
export const autoConfig = (_fastify: FastifyInstance) => ({ global: false, max: 100, timeWindow: '1 minute' });

export default rateLimit;
