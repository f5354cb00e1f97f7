import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string, verify: { clockTolerance: 5000 } });
