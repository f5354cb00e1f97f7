import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.post('/login', async (request) => {
  const { email } = request.body as { email: string };
  request.log.info({ email }, 'login');
  return { ok: true };
});

app.post('/debug', async (request) => {
  if (process.env.NODE_ENV === 'development') {
    request.log.debug(request.body, 'debug payload');
  }
  return { ok: true };
});

await app.listen({ port: 3000 });
