import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest, FastifyReply } from 'fastify';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import Redis from 'ioredis';

export const throttlePlugin = fp(async (app: FastifyInstance) => {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
  const guests = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'rl:guest', points: 60, duration: 60 });
  const members = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'rl:member', points: 600, duration: 60 });

  // signed-in callers get the larger budget, counted per account; guests per address
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const member = req.headers['x-member-id'];
    const limiter = member ? members : guests;
    try {
      const left = await limiter.consume(member ? `m:${member}` : `ip:${req.ip}`, 1);
      reply.header('X-RateLimit-Remaining', String(left.remainingPoints));
    } catch (err) {
      const wait = Math.ceil(((err as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000);
      reply.header('Retry-After', String(wait)).status(429).send({ error: 'Too many requests' });
    }
  });
});
