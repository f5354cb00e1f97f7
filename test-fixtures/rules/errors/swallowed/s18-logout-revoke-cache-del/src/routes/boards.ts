import { FastifyInstance } from 'fastify';
import { boards } from '../store';
import { redis, summaryCacheKey } from '../redis';

async function invalidateBoardCache(fastify: FastifyInstance, id: string) {
  await fastify.cache.del(`board:${id}`);
  await fastify.cache.del('boards:list');
}

export default async function boardRoutes(fastify: FastifyInstance) {
  fastify.get('/boards/:id', async (request) => {
    const { id } = request.params as { id: string };
    const key = `board:${id}`;
    const hit = await fastify.cache.get(key);
    if (hit) return hit;
    const board = await boards.find(id);
    await fastify.cache.set(key, board);
    return board;
  });

  fastify.put('/boards/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const board = await boards.rename(id, String((request.body as any).title));
    const key = `board:${id}`;
    try {
      await Promise.all([fastify.cache.del(key), fastify.cache.del('boards:list')]);
    } catch {}
    return reply.send(board);
  });

  fastify.delete('/boards/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    await boards.archive(id);
    try {
      await fastify.cache.invalidate(`board:${id}`);
    } catch {}
    fastify.cache.del('boards:list').catch(() => {});
    return reply.code(204).send();
  });

  fastify.post('/boards/:id/pin', async (request, reply) => {
    const { id } = request.params as { id: string };
    const board = await boards.rename(id, 'pinned');
    try {
      await invalidateBoardCache(fastify, id);
    } catch {}
    return reply.send(board);
  });

  // a plain Redis client used as a cache: the key names the cache entry
  fastify.get('/boards/:id/summary', async (request) => {
    const { id } = request.params as { id: string };
    const summary = { id, board: await boards.find(id) };
    const cacheKey = `summary:${id}`;
    try {
      await redis.set(cacheKey, JSON.stringify(summary), 'EX', 60);
    } catch {}
    redis.set(summaryCacheKey(id), JSON.stringify(summary)).catch(() => {});
    return summary;
  });

  // the same client holding what the request is about (a share link) is no cache: its failure matters
  fastify.post('/boards/:id/share', async (request, reply) => {
    const { id } = request.params as { id: string };
    const token = Math.random().toString(36).slice(2);
    try {
      await redis.set(`share:${token}`, id, 'EX', 86400);
    } catch {} // expect: errors/swallowed
    return reply.send({ token });
  });

  // the write itself is dropped here: the client hears 200 when the board was not archived
  fastify.post('/boards/:id/archive', async (request, reply) => {
    const { id } = request.params as { id: string };
    try {
      await boards.archive(id);
    } catch {} // expect: errors/swallowed
    return reply.send({ archived: true });
  });
}
