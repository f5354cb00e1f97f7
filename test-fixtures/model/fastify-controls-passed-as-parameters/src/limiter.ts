import type { FastifyReply, FastifyRequest } from 'fastify';

// a fixed-window counter per client address; over the ceiling the request is turned away with 429
export function makeWindowLimiter(ceiling: number, windowMs: number) {
  const seen = new Map<string, { count: number; resetAt: number }>();
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const now = Date.now();
    const slot = seen.get(request.ip);
    if (!slot || slot.resetAt < now) {
      seen.set(request.ip, { count: 1, resetAt: now + windowMs });
      return;
    }
    slot.count += 1;
    if (slot.count > ceiling) {
      return reply.code(429).send({ error: 'slow down' });
    }
  };
}
