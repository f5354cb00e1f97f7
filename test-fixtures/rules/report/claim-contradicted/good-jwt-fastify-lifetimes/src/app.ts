import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

const app = Fastify();
app.register(fastifyJwt, {
  secret: process.env.JWT_SECRET as string,
  sign: { algorithm: 'HS256', expiresIn: '15m' },
  verify: { algorithms: ['HS256'] },
});

app.post('/login', async (request, reply) => {
  const accessToken = await reply.jwtSign({ sub: 'u1' });
  const refreshToken = await reply.jwtSign({ sub: 'u1', type: 'refresh' }, { expiresIn: '7d' });
  return { accessToken, refreshToken };
});

app.listen({ port: 3000 });
