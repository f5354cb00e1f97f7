import { FastifyInstance } from 'fastify';
import noteRoutes from './notes.routes';

export default async (fastify: FastifyInstance) => {
  for (const route of noteRoutes) {
    fastify.route(route);
  }
};
