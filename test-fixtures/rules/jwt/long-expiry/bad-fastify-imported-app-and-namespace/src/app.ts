import fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { sessionRoutes } from './routes/session';

export const app = fastify();
app.register(fastifyJwt, { secret: process.env.ACCESS_SECRET as string, namespace: 'access' });
app.register(fastifyJwt, { secret: process.env.REFRESH_SECRET as string, namespace: 'refresh' });
app.register(sessionRoutes);
