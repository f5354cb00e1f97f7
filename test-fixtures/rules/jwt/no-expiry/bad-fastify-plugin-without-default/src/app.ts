import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string });

app.post('/login', async (request, reply) => {
  const token = await reply.jwtSign({ sub: 'user' }); // expect: jwt/no-expiry
  return { token };
});
