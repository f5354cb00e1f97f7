import { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { FastifyInstance } from 'fastify';

const saved: string[] = [];

export default async function bookmarks(fastify: FastifyInstance) {
  fastify.withTypeProvider<TypeBoxTypeProvider>().get('/', async () => saved);

  // signed in under /bookmarks (the hook handed in through the options), open under /shared/bookmarks
  fastify.withTypeProvider<TypeBoxTypeProvider>().post( // expect: authn/unauthenticated-mutation
    '/',
    { schema: { body: Type.Object({ url: Type.String({ format: 'uri', maxLength: 2048 }) }) } },
    async (request) => {
      saved.push(request.body.url);
      return { count: saved.length };
    },
  );
}
