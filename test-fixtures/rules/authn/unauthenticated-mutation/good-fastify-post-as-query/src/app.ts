import Fastify from 'fastify';
import authPlugin from './plugins/auth.js';
import shopRoutes from './routes/shop.js';

const app = Fastify({ logger: true });
await app.register(authPlugin);
await app.register(shopRoutes, { prefix: '/shop' });
await app.listen({ port: 3000 });
