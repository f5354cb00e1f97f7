import type { FastifyPluginAsync } from 'fastify';

// prefixOverride replaces the whole prefix, options.prefix included
export const prefixOverride = '/meta';

export default (async (app) => {
  app.get('/version', async () => ({ version: '1.0.0' }));
}) satisfies FastifyPluginAsync;
