import { FastifyInstance } from 'fastify';

const notes = new Map<string, string>();

export default async function notesController(fastify: FastifyInstance) {
  fastify.get('/', async () => [...notes.values()]);

  fastify.delete<{ Params: { id: string } }>(
    '/:id',
    { schema: { params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } } },
    async (request) => {
      notes.delete(request.params.id);
      return { removed: request.params.id };
    },
  );
}
