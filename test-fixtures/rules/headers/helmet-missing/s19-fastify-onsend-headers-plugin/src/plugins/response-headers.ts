import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

async function responseHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}

export default fp(responseHeaders, { name: 'response-headers' });
