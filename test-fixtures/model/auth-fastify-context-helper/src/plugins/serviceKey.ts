import { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const issued = new Set((process.env.SERVICE_KEYS ?? '').split(',')); // expect: config/env-undocumented

async function knownKey(params: { presented: string }): Promise<boolean> {
  return issued.has(params.presented);
}

// the key is cut out of the header through more than one call: trim() then split(' ')
export default fp(async (fastify: FastifyInstance) => {
  fastify.addHook('preHandler', async (request, reply) => {
    if (!request.headers.authorization) {
      return reply.status(401).send({ message: 'no authorization header' });
    }
    const pieces = request.headers.authorization.trim().split(' ');
    if (pieces.length !== 2 || pieces[0] !== 'Bearer') {
      return reply.status(401).send({ message: 'malformed authorization header' });
    }
    const known = await knownKey({ presented: pieces[1] });
    if (!known) {
      return reply.status(401).send({ message: 'unknown key' });
    }
  });
});
