import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

// autoload registers the default export with the options autoConfig returns
export default cors;

export const autoConfig = (fastify: FastifyInstance) => ({ origin: true, credentials: true }); // expect: cors/permissive-origin
