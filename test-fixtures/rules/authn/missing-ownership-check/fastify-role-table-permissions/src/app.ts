import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import { mealRoutes } from './routes/meals';

const app = Fastify();
app.register(jwt, { secret: process.env.JWT_SECRET! });
app.register(mealRoutes, { prefix: '/meals' });
app.listen({ port: 3333 });
