import Fastify from 'fastify';
import authPlugin from './plugins/auth.js';
import clubRoutes from './routes/clubs.js';

const app = Fastify({ logger: true });

await app.register(authPlugin);
await app.register(clubRoutes, { prefix: '/clubs' });

await app.listen({ port: 3000 });
