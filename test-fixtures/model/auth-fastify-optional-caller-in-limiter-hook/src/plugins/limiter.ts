import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { RateLimiterMemory } from 'rate-limiter-flexible';

export const limiterPlugin = fp(async (app: FastifyInstance) => {
  const visitors = new RateLimiterMemory({ points: 60, duration: 60 });
  const members = new RateLimiterMemory({ points: 600, duration: 60 });

  // A signed-in caller gets a bigger bucket; a visitor is counted by address.
  app.addHook('onRequest', async (req, reply) => {
    const caller = await app.currentCaller(req);
    const limiter = caller ? members : visitors;
    try {
      await limiter.consume(caller ? `u:${caller.id}` : `ip:${req.ip}`);
    } catch {
      reply.status(429).send({ error: 'Too many requests' });
    }
  });
});
