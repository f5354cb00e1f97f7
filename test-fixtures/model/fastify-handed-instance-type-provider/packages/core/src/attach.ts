import { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { FastifyInstance } from 'fastify';
import bookmarks from './routes/bookmarks';
import health from './routes/health';

export interface AttachOptions {
  addAuthentication?: (scope: FastifyInstance) => Promise<void>;
}

// withTypeProvider() answers the instance it is called on: `api` is the `base` handed in
export async function attachApi(base: FastifyInstance, options?: AttachOptions) {
  const api = base.withTypeProvider<TypeBoxTypeProvider>();
  await api.register(health);
  await api.register((inst) => members(inst, options), { prefix: '/bookmarks' });
  await api.register(bookmarks, { prefix: '/shared/bookmarks' });
  return api;
}

async function members(scope: FastifyInstance, options?: AttachOptions) {
  if (options?.addAuthentication) {
    await options.addAuthentication(scope);
  }
  await scope.register(bookmarks);
}
