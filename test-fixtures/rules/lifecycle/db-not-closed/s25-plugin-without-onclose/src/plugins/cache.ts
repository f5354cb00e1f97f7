import { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import Redis from 'ioredis';

const cachePlugin: FastifyPluginAsync = async (app) => {
  let client: Redis | null = null;
  try {
    client = new Redis({ host: process.env.CACHE_HOST, lazyConnect: true });
    await client.connect();
  } catch (error) {
    app.log.warn({ error }, 'cache unavailable');
    client = null;
  }
  app.decorate('cache', client);
};

export default fp(cachePlugin);
