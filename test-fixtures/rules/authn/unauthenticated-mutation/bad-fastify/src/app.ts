import Fastify from 'fastify';
import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import { productAdminRoutes, productPublicRoutes } from './routes/products.js';

const app = Fastify({ logger: true });

await app.register(authPlugin);
await app.register(authRoutes, { prefix: '/auth' });
await app.register(productPublicRoutes, { prefix: '/products' });
await app.register(productAdminRoutes, { prefix: '/admin/products' });

await app.listen({ port: 3000 });
