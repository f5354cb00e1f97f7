import { FastifyInstance } from 'fastify';

const received: unknown[] = [];

export default async function inboundController(fastify: FastifyInstance) {
  // the same controller is public under /v1/open (no guard there)
  fastify.post<{ Body: { event: string } }>( // expect: authn/unauthenticated-mutation
    '/events',
    { schema: { body: { type: 'object', required: ['event'], additionalProperties: false, properties: { event: { type: 'string', maxLength: 64 } } } } },
    async (request) => {
      received.push(request.body.event);
      return { ok: true };
    },
  );
}
