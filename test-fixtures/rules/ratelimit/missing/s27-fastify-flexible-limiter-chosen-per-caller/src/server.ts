import Fastify from 'fastify';
import { throttlePlugin } from './plugins/throttle';

const server = Fastify({ logger: true });

async function main() {
  await server.register(throttlePlugin);
  server.get('/repos', async () => ({ repos: [] }));
  server.post('/repos/:owner/:name/star', async (req) => ({ starred: true }));
  await server.listen({ port: 3000, host: '0.0.0.0' });
}

main();
