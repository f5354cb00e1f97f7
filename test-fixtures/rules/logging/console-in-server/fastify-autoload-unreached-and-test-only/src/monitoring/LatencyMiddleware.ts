import type { FastifyReply, FastifyRequest } from 'fastify';

// written for a later release: nothing registers it yet
export class LatencyMiddleware {
  async onResponse(request: FastifyRequest, reply: FastifyReply) {
    const ms = reply.elapsedTime;
    if (ms > 500) console.warn(`slow request ${request.method} ${request.url}: ${ms}ms`);
  }
}
