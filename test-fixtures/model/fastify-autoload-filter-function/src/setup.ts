import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AutoLoad from '@fastify/autoload';
import type { FastifyInstance } from 'fastify';

const here = path.dirname(fileURLToPath(import.meta.url));
const shipped = process.env.NODE_ENV === 'production';

// After the build only compiled endpoint files exist; in development tsx runs the sources.
const BUILT_ENDPOINTS = /\.endpoint\.js$/;
const SOURCE_ENDPOINTS = /\.endpoint\.(ts|js)$/;

export async function setup(app: FastifyInstance) {
  await app.register(AutoLoad, { dir: path.join(here, 'plugins') });

  await app.register(AutoLoad, {
    dir: path.join(here, 'modules'),
    dirNameRoutePrefix: false,
    options: { prefix: 'api' },
    matchFilter: (file) => {
      const endpoints = shipped ? BUILT_ENDPOINTS : SOURCE_ENDPOINTS;
      return endpoints.test(file);
    },
  });
}
