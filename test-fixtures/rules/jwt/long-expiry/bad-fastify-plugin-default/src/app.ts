import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string, sign: { expiresIn: 60 * 60 * 24 } }); // expect: jwt/long-expiry

app.post('/login', async (request, reply) => ({ token: await reply.jwtSign({ sub: 'u' }) }));
