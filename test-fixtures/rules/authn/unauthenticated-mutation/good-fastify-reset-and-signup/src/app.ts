import Fastify from 'fastify';
import authPlugin from './plugins/auth.js';
import accountRoutes from './routes/accounts.js';

const app = Fastify({ logger: true });

await app.register(authPlugin);
await app.register(accountRoutes, { prefix: '/accounts' });

await app.listen({ port: 3000 });
