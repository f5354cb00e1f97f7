import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.post('/login', async (request) => {
  const body = request.body as { email: string; password: string };
  request.log.info({ email: body.email, password: body.password }, 'login'); // expect: logging/sensitive-data
  return { ok: true };
});

await app.listen({ port: 3000 });
