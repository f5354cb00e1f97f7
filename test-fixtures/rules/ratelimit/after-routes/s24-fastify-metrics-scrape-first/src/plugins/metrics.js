import fp from 'fastify-plugin';

let served = 0;

async function metrics(fastify) {
  fastify.addHook('onResponse', async () => { served += 1; });
  // scraped by Prometheus every 15 s
  fastify.get('/metrics', async (_request, reply) => {
    reply.type('text/plain; version=0.0.4');
    return `http_responses_total ${served}\n`;
  });
}

export default fp(metrics);
