import Fastify from 'fastify';
import { authPlugin } from './plugins/auth';
import { noteRoutes } from './routes/notes';

const server = Fastify({ logger: true });

async function main() {
  await server.register(authPlugin);
  await server.register(noteRoutes, { prefix: '/v1' });
  await server.listen({ port: 3000 });
}

main();
