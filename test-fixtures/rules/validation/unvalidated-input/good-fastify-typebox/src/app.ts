import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import ordersRoutes from './routes/orders.js';

const app = Fastify({ logger: true }).withTypeProvider<TypeBoxTypeProvider>();

await app.register(ordersRoutes, { prefix: '/orders' });
await app.listen({ port: 3000 });
