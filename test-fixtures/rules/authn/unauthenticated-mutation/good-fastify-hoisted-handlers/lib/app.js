const Fastify = require('fastify');
const fp = require('fastify-plugin');

const app = Fastify();

app.register(fp(async (instance) => {
  instance.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });
  instance.decorate('authenticate', async (request, reply) => {
    try {
      await request.jwtVerify();
    } catch {
      reply.code(401).send({ error: 'Unauthorized' });
    }
  });
}));
app.register(require('./routes/cooks'), { prefix: '/api/' });

app.listen({ port: 3000 });
