import type { FastifyReply, FastifyRequest } from 'fastify';

function windowLimiter(ceiling: number) {
  const hits = new Map<string, number>();
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const n = (hits.get(request.ip) ?? 0) + 1;
    hits.set(request.ip, n);
    if (n > ceiling) return reply.code(429).send({ error: 'too many attempts' });
  };
}

// a factory answering another factory's limiter
export function strictLimiter() {
  return windowLimiter(5);
}

export function looseLimiter() {
  return windowLimiter(500);
}
