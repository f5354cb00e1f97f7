import { join } from 'node:path';
import autoload from '@fastify/autoload';
import Fastify from 'fastify';

const server = Fastify({ logger: true });

await server.register(autoload, { dir: join(import.meta.dirname, 'plugins') });
await server.register(autoload, { dir: join(import.meta.dirname, 'routes'), options: { prefix: '/api' } });

await server.listen({ port: 8080 });
