import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

const trusted = (process.env.TRUSTED_ORIGINS ?? 'https://desk.example.org').split(',');

export default cors;

// the allow-list comes from configuration; cookies only for those origins
export const autoConfig = (fastify: FastifyInstance) => ({ origin: trusted, credentials: true });
