import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import entryRoutes from './routes/entries.js';

const app = Fastify({ logger: true });
await app.register(jwt, { secret: process.env.JWT_SECRET });
await app.register(entryRoutes, { prefix: '/entries' });
await app.listen({ port: 3000 });
