import Fastify from 'fastify';
import statsRoutes from './stats.routes.js';

const app = Fastify({ logger: true });
app.register(statsRoutes, { prefix: '/api' });
app.listen({ port: 3000 });
