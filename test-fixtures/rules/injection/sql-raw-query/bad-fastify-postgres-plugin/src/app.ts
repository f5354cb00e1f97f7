import Fastify from 'fastify';
import postgres from '@fastify/postgres';
import vehicleRoutes from './routes/vehicles.js';

const app = Fastify({ logger: true });

await app.register(postgres, { connectionString: process.env.DATABASE_URL });
await app.register(vehicleRoutes, { prefix: '/vehicles' });

await app.listen({ port: 3000, host: '0.0.0.0' });
