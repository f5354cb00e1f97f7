import fp from 'fastify-plugin';
import Redis from 'ioredis';

function createCacheStore(url: string) {
  const redis = new Redis(url);
  return {
    async get(key: string) {
      const v = await redis.get(key);
      return v ? JSON.parse(v) : null;
    },
    async set(key: string, value: unknown, ttl = 60) {
      await redis.set(key, JSON.stringify(value), 'EX', ttl);
    },
    async del(key: string) {
      await redis.del(key);
    },
    async invalidate(pattern: string) {
      const keys = await redis.keys(pattern);
      if (keys.length) await redis.del(...keys);
    },
  };
}

export default fp(async (fastify) => {
  fastify.decorate('cache', createCacheStore(process.env.REDIS_URL ?? 'redis://localhost:6379'));
});
