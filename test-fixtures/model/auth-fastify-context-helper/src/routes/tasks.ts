import { FastifyInstance } from 'fastify';

const queue: string[] = [];

export default async function tasks(fastify: FastifyInstance) {
  fastify.get('/', async () => queue);

  // guarded under /app and /service, open under /open/tasks: the finding is the open one
  fastify.post<{ Body: { title: string } }>( // expect: authn/unauthenticated-mutation
    '/',
    { schema: { body: { type: 'object', required: ['title'], additionalProperties: false, properties: { title: { type: 'string', maxLength: 120 } } } } },
    async (request) => {
      queue.push(request.body.title);
      return { queued: queue.length };
    },
  );
}
