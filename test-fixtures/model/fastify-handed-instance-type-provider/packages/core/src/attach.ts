import { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { FastifyInstance } from 'fastify';
import bookmarks from './routes/bookmarks';
import health from './routes/health';

// withTypeProvider() answers the instance it is called on: `api` is the `base` handed in
export async function attachApi(base: FastifyInstance) {
  const api = base.withTypeProvider<TypeBoxTypeProvider>();
  await api.register(health);
  await api.register((inst) => bookmarks(inst), { prefix: '/bookmarks' });
  return api;
}
