import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';
import appointmentRoutes from './routes/appointments.js';
import authRoutes from './routes/auth.js';

const app = Fastify({ logger: true, trustProxy: true });

// Opt-in limits: every route declares its own config.rateLimit.
await app.register(rateLimit, { global: false });
await app.register(jwt, { secret: process.env.JWT_SECRET as string });
await app.register(appointmentRoutes, { prefix: '/api/appointments' });
await app.register(authRoutes, { prefix: '/api/auth' });

await app.listen({ port: 3000 });
