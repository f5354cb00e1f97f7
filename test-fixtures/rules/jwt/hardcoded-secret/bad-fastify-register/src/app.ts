import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

const app = Fastify();
app.register(fastifyJwt, { secret: 'supersecret', sign: { expiresIn: '15m' } }); // expect: jwt/hardcoded-secret

app.post('/login', async (request, reply) => {
  const token = await reply.jwtSign({ sub: 'user' });
  return { token };
});

app.listen({ port: 3000 });
