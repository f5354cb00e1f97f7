import Fastify from 'fastify';

const app = Fastify();

app.get('/pay/return', async (request, reply) => {
  const { returnUrl } = request.query as { returnUrl: string };
  return reply.redirect(returnUrl); // expect: injection/open-redirect
});

app.listen({ port: 3000 });
