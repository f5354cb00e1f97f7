import { FastifyInstance } from 'fastify';

const tags = ['urgent', 'later'];

const tagRoutes = [
  { method: 'GET', url: '/', handler: async () => tags },
  { method: 'GET', url: '/count', handler: async () => ({ count: tags.length }) },
];

export default async function tagsModule(fastify: FastifyInstance) {
  tagRoutes.forEach((r) => fastify.route(r));
}
