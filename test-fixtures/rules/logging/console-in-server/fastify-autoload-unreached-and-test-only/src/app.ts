import Fastify from 'fastify';
import autoload from '@fastify/autoload';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildApp() {
  const app = Fastify({ logger: true });
  await app.register(autoload, { dir: join(here, 'plugins') });
  const { routes } = await import('./routes/index.js');
  await app.register(routes, { prefix: '/api' });
  return app;
}
